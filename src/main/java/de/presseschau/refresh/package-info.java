/** The one orchestrator: load subscriptions, fetch, parse, extract and store, now and on a schedule. */
package de.presseschau.refresh;

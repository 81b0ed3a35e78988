/** What the user subscribed to: reads feeds.txt into subscriptions grouped by topic. */
package de.presseschau.subscribe;

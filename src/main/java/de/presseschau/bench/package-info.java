/** The {@code bench} command: a local server with many hosts and a fixed latency, and the figures of two refreshes. */
package de.presseschau.bench;

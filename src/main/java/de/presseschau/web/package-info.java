/** The reader in the browser and the JSON API, served by Javalin. */
package de.presseschau.web;

package de.presseschau;

/** Starts Presseschau: reads the configuration, opens the database, wires every part and runs the command. */
public final class App {

    public static void main(String[] args) {
        System.out.println("Presseschau");
    }
}

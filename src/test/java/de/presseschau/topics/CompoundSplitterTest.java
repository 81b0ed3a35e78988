package de.presseschau.topics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompoundSplitterTest {

    private final CompoundSplitter splitter = new CompoundSplitter(Set.of("regierung", "fussball", "spiel", "land"));

    @Test
    void findsTheHeadAndTheModifierOfACompound() {
        assertEquals(List.of("regierung"), splitter.parts("bundesregierung"));
        assertEquals(List.of("spiel", "fussball"), splitter.parts("fussballspiel"));
    }

    @Test
    void leavesShortAndUnknownWordsWhole() {
        assertEquals(List.of(), splitter.parts("regierung"));
        assertEquals(List.of(), splitter.parts("land"));
        assertEquals(List.of(), splitter.parts("wetterbericht"));
    }
}

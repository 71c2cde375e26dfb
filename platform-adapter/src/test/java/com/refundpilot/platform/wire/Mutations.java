package com.refundpilot.platform.wire;

import java.util.Random;

/** Seeded random edits of a valid payload for the readers' fuzz tests: a few deletions, insertions, replacements. */
public final class Mutations {

    /** JSON's own characters, digits, literals' letters, an escape and a Chinese character. */
    private static final String ALPHABET = "{}[]\":,0123456789-.eE truefalsnul\\u00e9中";

    private Mutations() {
    }

    public static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return s.toString();
    }
}

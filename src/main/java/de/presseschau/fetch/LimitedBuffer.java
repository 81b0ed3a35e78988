package de.presseschau.fetch;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A growable byte array that refuses to grow beyond a fixed number of bytes. */
final class LimitedBuffer {

    private final long limit;
    private byte[] bytes = new byte[8192];
    private int size;

    LimitedBuffer(long limit) {
        this.limit = limit;
    }

    /** Appends the chunk; false (and nothing appended) when that would exceed the limit. */
    boolean append(ByteBuffer chunk) {
        int length = chunk.remaining();
        if (!ensureRoom(length)) {
            return false;
        }
        chunk.get(bytes, size, length);
        size += length;
        return true;
    }

    /** Appends {@code length} bytes of {@code source}; false (and nothing appended) when that would exceed the limit. */
    boolean append(byte[] source, int offset, int length) {
        if (!ensureRoom(length)) {
            return false;
        }
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
        return true;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private boolean ensureRoom(int length) {
        long needed = (long) size + length;
        if (needed > limit || needed > Integer.MAX_VALUE - 8) {
            return false;
        }
        if (needed > bytes.length) {
            long grown = Math.max(needed, Math.min((long) bytes.length * 2, Math.min(limit, Integer.MAX_VALUE - 8)));
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
        return true;
    }
}

package org.edhub.core.spill;

import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The binary form of a record type, derived once from its components: every component is written, in the order the
 * record declares them, so a component added to a record is spilled and read back with no other change. A component
 * may be a primitive or its box, a {@code String}, an enum, a {@code LocalDate}, another record, a {@code List} of any
 * of these, or an {@code Object} holding text, an {@code Integer}, a {@code Long} or null; a record with a component
 * of any other type is refused when its codec is derived, naming the component. Any component but a primitive may be
 * null.
 * <p>
 * A stream of records is written by one {@link Writer} and read back, in the same order, by one {@link Reader}: a text
 * equal to the one the previous record of the stream held in the same component (a file name, a district, a campus)
 * is written as one byte.
 */
public final class RecordCodec<T extends Record> {
    private static final ClassValue<RecordCodec<?>> DERIVED = new ClassValue<>() {
        @Override
        protected RecordCodec<?> computeValue(Class<?> type) {
            return new RecordCodec<>(type.asSubclass(Record.class));
        }
    };

    private final Class<T> type;
    private final Values.RecordValue body;
    private final int textSlots;

    private RecordCodec(Class<T> type) {
        this.type = type;
        Values.Deriving deriving = new Values.Deriving();
        this.body = deriving.record(type, type.getSimpleName());
        this.textSlots = deriving.textSlots();
    }

    /** The codec of a record type, derived on first use. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordCodec<T> of(Class<T> type) {
        return (RecordCodec<T>) DERIVED.get(type);
    }

    public Writer<T> writer(DataOutput out) {
        return new Writer<>(this, out);
    }

    public Reader<T> reader(DataInputStream in) {
        return new Reader<>(this, in);
    }

    /** Writes the records of one stream. */
    public static final class Writer<T extends Record> {
        private final RecordCodec<T> codec;
        private final DataOutput out;
        private final String[] previous;

        private Writer(RecordCodec<T> codec, DataOutput out) {
            this.codec = codec;
            this.out = out;
            this.previous = new String[codec.textSlots];
        }

        public void write(T record) throws IOException {
            if (record == null) throw new IllegalArgumentException("A null " + codec.type.getSimpleName() + " cannot be spilled");
            out.writeByte(Values.PRESENT);
            codec.body.writeBody(out, record, previous);
        }
    }

    /** Reads back the records of one stream, in the order they were written. */
    public static final class Reader<T extends Record> {
        private final RecordCodec<T> codec;
        private final DataInputStream in;
        private final String[] previous;

        private Reader(RecordCodec<T> codec, DataInputStream in) {
            this.codec = codec;
            this.in = in;
            this.previous = new String[codec.textSlots];
        }

        /** The next record, or null at the end of the stream; a stream cut inside a record is an {@code EOFException}. */
        public T next() throws IOException {
            int tag = in.read();
            if (tag < 0) return null;
            if (tag != Values.PRESENT) {
                throw new IOException("Not a spilled " + codec.type.getSimpleName() + ": record tag " + tag);
            }
            return codec.type.cast(codec.body.readBody(in, previous));
        }
    }
}

package no.rhf.servicemiljo.base.coedit;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merge of concurrent edits: the operation algebra, and random sessions of 2–4 people typing at once through
 * the same protocol as the browser (one edit in flight per person, the rest buffered, every stored edit sent to
 * everyone in order). Every character is unique, so each can be followed: all screens and the server end with the
 * same text, which holds every character anyone typed and did not delete, in each typist's order, and nothing
 * anyone deleted.
 */
class TextOperationTest {

    @Test
    void insertsAtTheSamePlaceKeepBothAndDeletingTheSameWordTwiceDeletesItOnce() {
        String base = "Tjenesten fungerer godt.";
        TextOperation marte = TextOperation.diff(base, "Tjenesten fungerer svært godt.");
        TextOperation erik = TextOperation.diff(base, "Tjenesten fungerer ganske godt.");
        TextOperation[] t = TextOperation.transform(marte, erik);
        String viaErik = t[0].apply(erik.apply(base));
        assertEquals(viaErik, t[1].apply(marte.apply(base)));
        assertEquals("Tjenesten fungerer svært ganske godt.", viaErik, "the first edit's insert goes first, both kept");

        TextOperation both = TextOperation.diff(base, "Tjenesten godt.");
        TextOperation[] same = TextOperation.transform(both, both);
        assertEquals("Tjenesten godt.", same[1].apply(both.apply(base)), "a word two people delete is deleted once");

        TextOperation overlapA = TextOperation.diff("abcdefgh", "abgh");   // deletes cdef
        TextOperation overlapB = TextOperation.diff("abcdefgh", "abcdh");  // deletes efg
        TextOperation[] o = TextOperation.transform(overlapA, overlapB);
        assertEquals("abh", o[0].apply(overlapB.apply("abcdefgh")), "overlapping deletions take only the union");
        assertEquals("abh", o[1].apply(overlapA.apply("abcdefgh")));
    }

    @Test
    void composeJsonAndEffect() {
        TextOperation first = TextOperation.diff("Godt arbeid", "Godt samarbeid");
        TextOperation second = TextOperation.diff("Godt samarbeid", "Godt samarbeid!");
        assertEquals("Godt samarbeid!", TextOperation.compose(first, second).apply("Godt arbeid"));
        TextOperation op = TextOperation.fromJson("[5,\"«æøå»\\n\",-3,3]");
        assertEquals("[5,\"«æøå»\\n\",-3,3]", op.toJson());
        assertEquals("Godt «æøå»\neid", op.apply("Godt arbeid"));
        TextOperation.Effect effect = op.effect("Godt arbeid");
        assertEquals("«æøå»\n", effect.inserted());
        assertEquals("arb", effect.removed());
        assertEquals(5, effect.position());
        assertThrows(IllegalArgumentException.class, () -> TextOperation.fromJson("{\"retain\":1}"));
        assertThrows(IllegalArgumentException.class, () -> TextOperation.fromJson("[1.5]"));
        assertThrows(IllegalArgumentException.class, () -> op.apply("for kort"));
        assertEquals("ab", TextOperation.diff("a", "ab", 2).apply("a"));
        assertEquals(TextOperation.fromJson("[1,\"a\",1]"), TextOperation.diff("aa", "aaa", 2), "the caret places an ambiguous insert");
    }

    @RepeatedTest(150)
    void randomConcurrentEditsConvergeAndLoseNothing(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        Session session = new Session(2 + random.nextInt(3), "ABCDEFGHIJ", random);
        for (int step = 0; step < 300; step++) {
            session.step(random.nextInt(10) < 4 ? Session.Kind.ANYWHERE : Session.Kind.NETWORK);
        }
        session.settle();
        session.assertConverged();
    }

    @RepeatedTest(60)
    void peopleTypingSentencesAtTheirCaretsKeepTheirOwnOrder(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 104729L);
        Session session = new Session(2 + random.nextInt(3), "", random);
        for (int step = 0; step < 400; step++) {
            session.step(random.nextInt(10) < 4 ? Session.Kind.AT_CARET : Session.Kind.NETWORK);
        }
        session.settle();
        session.assertConverged();
        for (Session.Client client : session.clients) {
            List<Character> typedOrder = client.typed.stream().filter(c -> !session.deleted.contains(c)).toList();
            List<Character> inText = session.server.chars().mapToObj(c -> (char) c).filter(client.typed::contains).toList();
            assertEquals(typedOrder, inText, "each person's characters stay in the order they typed them");
        }
    }

    /** A server and its clients, following coedit.js and TextEditLog; messages in both directions keep their order. */
    static final class Session {
        enum Kind { ANYWHERE, AT_CARET, NETWORK }

        final Random random;
        String server;
        final List<TextOperation> log = new ArrayList<>();
        final List<Client> clients = new ArrayList<>();
        final Set<Character> inserted = new HashSet<>();
        final Set<Character> deleted = new HashSet<>();
        private char next = '\u4e00';

        Session(int people, String initial, Random random) {
            this.random = random;
            this.server = initial;
            initial.chars().forEach(c -> inserted.add((char) c));
            for (int i = 0; i < people; i++) {
                clients.add(new Client(i, initial));
            }
        }

        void step(Kind kind) {
            Client client = clients.get(random.nextInt(clients.size()));
            switch (kind) {
                case ANYWHERE -> client.editAnywhere();
                case AT_CARET -> client.typeAtCaret();
                case NETWORK -> {
                    if (random.nextBoolean() && !client.outbox.isEmpty()) {
                        receive(client.outbox.poll());
                    } else if (!client.inbox.isEmpty()) {
                        client.receive(client.inbox.poll());
                    }
                }
            }
        }

        void settle() {
            boolean busy = true;
            while (busy) {
                busy = false;
                for (Client client : clients) {
                    client.flush();
                    while (!client.outbox.isEmpty()) {
                        receive(client.outbox.poll());
                        busy = true;
                    }
                }
                for (Client client : clients) {
                    while (!client.inbox.isEmpty()) {
                        client.receive(client.inbox.poll());
                        busy = true;
                    }
                }
            }
        }

        void receive(Sent sent) {
            TextOperation op = sent.op;
            for (int v = (int) sent.base; v < log.size(); v++) {
                op = TextOperation.transform(op, log.get(v))[0];
            }
            server = op.apply(server);
            log.add(op);
            Stored stored = new Stored(log.size(), op, sent.origin, sent.seq);
            clients.forEach(c -> c.inbox.add(stored));
        }

        void assertConverged() {
            for (Client client : clients) {
                assertEquals(server, client.value, "every screen shows the stored text");
                assertTrue(client.out == null && client.buffer.isNoop(), "nothing left unsent");
            }
            Set<Character> expected = new HashSet<>(inserted);
            expected.removeAll(deleted);
            Set<Character> actual = server.chars().mapToObj(c -> (char) c).collect(Collectors.toSet());
            assertEquals(expected, actual, "every character typed and not deleted is there, nothing deleted is");
            assertEquals(server.length(), actual.size(), "no character twice");
            assertFalse(log.isEmpty() && server.isEmpty() && !expected.isEmpty());
        }

        record Sent(long base, TextOperation op, int origin, long seq) {
        }

        record Stored(long version, TextOperation op, int origin, long seq) {
        }

        final class Client {
            final int id;
            long version;
            String text;
            String value;
            int caret;
            TextOperation out;
            long outSeq;
            long seq;
            TextOperation buffer;
            final Queue<Sent> outbox = new ArrayDeque<>();
            final Queue<Stored> inbox = new ArrayDeque<>();
            final List<Character> typed = new ArrayList<>();

            Client(int id, String initial) {
                this.id = id;
                this.text = initial;
                this.value = initial;
                this.buffer = new TextOperation().retain(initial.length());
                this.caret = random.nextInt(initial.length() + 1);
            }

            void editAnywhere() {
                if (!value.isEmpty() && random.nextInt(3) == 0) {
                    int from = random.nextInt(value.length());
                    int to = Math.min(value.length(), from + 1 + random.nextInt(4));
                    change(value.substring(0, from) + value.substring(to), from);
                } else {
                    int at = random.nextInt(value.length() + 1);
                    caret = at;
                    typeChar();
                }
            }

            void typeAtCaret() {
                if (caret > 0 && random.nextInt(6) == 0) {
                    change(value.substring(0, caret - 1) + value.substring(caret), caret - 1);
                } else {
                    typeChar();
                }
            }

            private void typeChar() {
                char c = next++;
                inserted.add(c);
                typed.add(c);
                change(value.substring(0, caret) + c + value.substring(caret), caret + 1);
            }

            /** As coedit.js's typed(): the change since the last look goes into the buffer, then flush. */
            private void change(String after, int newCaret) {
                for (int i = 0; i < value.length(); i++) {
                    if (after.indexOf(value.charAt(i)) < 0) {
                        deleted.add(value.charAt(i));
                    }
                }
                TextOperation change = TextOperation.diff(value, after, newCaret);
                buffer = TextOperation.compose(buffer, change);
                value = after;
                caret = newCaret;
                flush();
            }

            void flush() {
                if (out == null && !buffer.isNoop()) {
                    out = buffer;
                    outSeq = ++seq;
                    buffer = new TextOperation().retain(out.targetLength());
                    outbox.add(new Sent(version, out, id, outSeq));
                }
            }

            void receive(Stored stored) {
                assertEquals(version + 1, stored.version(), "in order");
                text = stored.op().apply(text);
                version = stored.version();
                if (out != null && stored.origin() == id && stored.seq() == outSeq) {
                    assertEquals(out, stored.op(), "the server stored this client's edit as the client has it");
                    out = null;
                    flush();
                    return;
                }
                TextOperation remote = stored.op();
                if (out != null) {
                    TextOperation[] t = TextOperation.transform(out, remote);
                    out = t[0];
                    remote = t[1];
                }
                TextOperation[] t = TextOperation.transform(buffer, remote);
                buffer = t[0];
                value = t[1].apply(value);
                caret = moveIndex(caret, t[1]);
            }

            /** As coedit.js's moveIndex without pushing: an insert exactly at the caret goes after it... of the other's run. */
            private int moveIndex(int index, TextOperation op) {
                String before = "x".repeat(op.baseLength());
                String marked = before.substring(0, index) + '\u0001' + before.substring(index);
                TextOperation withMark = TextOperation.transform(TextOperation.diff(before, marked, index + 1), op)[0];
                return withMark.apply(op.apply(before)).indexOf('\u0001');
            }
        }
    }
}

package org.tiegraph.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * A driver that records every statement run through it (text, parameters, transaction kind and configuration,
 * session) while passing everything on to a real driver. The bench serves one API request through a recording driver
 * and replays the recorded statements on the raw driver: the driver-side figure then runs exactly the Cypher and the
 * parameters the API ran, whatever the API's code does around them.
 */
final class RecordingDriver {

    /** One recorded statement. */
    record Statement(String text, Value parameters) {
    }

    /** Statements run in one transaction ({@code mode} READ or WRITE; auto-commit runs count as WRITE like the driver). */
    record RecordedTransaction(int session, AccessMode mode, TransactionConfig config, List<Statement> statements) {
    }

    private final Driver delegate;
    private final Object lock = new Object();
    private List<RecordedTransaction> recording;
    private int sessions;

    RecordingDriver(Driver delegate) {
        this.delegate = delegate;
    }

    /** Starts a new recording (only one request may run through the driver while recording). */
    void start() {
        synchronized (lock) {
            recording = new ArrayList<>();
            sessions = 0;
        }
    }

    /** Stops recording and returns the transactions run since {@link #start()}. */
    List<RecordedTransaction> stop() {
        synchronized (lock) {
            List<RecordedTransaction> out = recording == null ? List.of() : List.copyOf(recording);
            recording = null;
            return out;
        }
    }

    /** The recording driver, to hand to the API. */
    Driver driver() {
        return proxy(Driver.class, new DriverHandler());
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(RecordingDriver.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private final class DriverHandler implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("executableQuery")) {
                throw new UnsupportedOperationException("the bench records sessions only; executableQuery is not "
                        + "replayable (use session.executeRead)");
            }
            Object result = call(delegate, method, args);
            if (method.getName().equals("session") && result instanceof Session session) {
                int ordinal;
                synchronized (lock) {
                    ordinal = sessions++;
                }
                return proxy(Session.class, new SessionHandler(session, ordinal));
            }
            if (method.getName().equals("session")) {
                throw new UnsupportedOperationException("the bench records blocking sessions only, not " + result.getClass());
            }
            return result;
        }
    }

    private final class SessionHandler implements InvocationHandler {
        private final Session session;
        private final int ordinal;

        SessionHandler(Session session, int ordinal) {
            this.session = session;
            this.ordinal = ordinal;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            switch (method.getName()) {
                case "executeRead", "executeWrite" -> {
                    AccessMode mode = method.getName().equals("executeRead") ? AccessMode.READ : AccessMode.WRITE;
                    TransactionCallback<?> callback = (TransactionCallback<?>) args[0];
                    TransactionConfig config = args.length > 1 ? (TransactionConfig) args[1] : TransactionConfig.empty();
                    Object[] wrapped = args.clone();
                    wrapped[0] = (TransactionCallback<Object>) tx -> {
                        List<Statement> statements = new ArrayList<>();
                        Object out = callback.execute(proxy(TransactionContext.class, new RunHandler(tx, statements)));
                        add(new RecordedTransaction(ordinal, mode, config, statements));
                        return out;
                    };
                    return call(session, method, wrapped);
                }
                case "run" -> {
                    Statement statement = statement(args);
                    TransactionConfig config = args[args.length - 1] instanceof TransactionConfig c ? c : TransactionConfig.empty();
                    add(new RecordedTransaction(ordinal, AccessMode.WRITE, config, List.of(statement)));
                    return call(session, method, args);
                }
                case "beginTransaction" -> {
                    org.neo4j.driver.Transaction tx = (org.neo4j.driver.Transaction) call(session, method, args);
                    TransactionConfig config = args != null && args.length > 0 ? (TransactionConfig) args[0] : TransactionConfig.empty();
                    List<Statement> statements = new ArrayList<>();
                    add(new RecordedTransaction(ordinal, AccessMode.WRITE, config, statements));
                    return proxy(org.neo4j.driver.Transaction.class, new RunHandler(tx, statements));
                }
                default -> {
                    return call(session, method, args);
                }
            }
        }
    }

    private void add(RecordedTransaction transaction) {
        synchronized (lock) {
            if (recording != null) {
                recording.add(transaction);
            }
        }
    }

    /** Records the statements run on a transaction (managed or explicit) and passes them on. */
    private static final class RunHandler implements InvocationHandler {
        private final Object target;
        private final List<Statement> statements;

        RunHandler(Object target, List<Statement> statements) {
            this.target = target;
            this.statements = statements;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("run")) {
                synchronized (statements) {
                    statements.add(statement(args));
                }
            }
            return call(target, method, args);
        }
    }

    /** The statement of any {@code run} overload: (String), (String, Map|Value|Record), (Query), each with an optional config. */
    @SuppressWarnings("unchecked")
    static Statement statement(Object[] args) {
        if (args[0] instanceof Query q) {
            return new Statement(q.text(), q.parameters());
        }
        String text = (String) args[0];
        Object p = args.length > 1 ? args[1] : null;
        Value parameters = switch (p) {
            case Value v -> v;
            case Map<?, ?> m -> Values.value((Map<String, Object>) m);
            case Record r -> Values.value(r.asMap());
            case null, default -> Values.EmptyMap;
        };
        return new Statement(text, parameters);
    }

    /** Runs recorded transactions on a real driver, each statement's records fully read, as the API read them. */
    static int replay(Driver driver, String database, List<RecordedTransaction> transactions) {
        SessionConfig config = SessionConfig.forDatabase(database);
        int records = 0;
        int i = 0;
        while (i < transactions.size()) {
            int session = transactions.get(i).session();
            try (Session s = driver.session(config)) {
                while (i < transactions.size() && transactions.get(i).session() == session) {
                    RecordedTransaction t = transactions.get(i++);
                    TransactionCallback<Integer> work = tx -> {
                        int n = 0;
                        for (Statement st : t.statements()) {
                            n += tx.run(new Query(st.text(), st.parameters())).list().size();
                        }
                        return n;
                    };
                    records += t.mode() == AccessMode.READ ? s.executeRead(work, t.config()) : s.executeWrite(work, t.config());
                }
            }
        }
        return records;
    }
}

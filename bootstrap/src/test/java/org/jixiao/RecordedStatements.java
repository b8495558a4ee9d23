package org.jixiao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The SQL the application sends while a test {@linkplain #during records}, with the values bound to it: the real
 * statements of a request, for a test that asks PostgreSQL how it plans them. The application's data source is
 * wrapped once in the shared context; outside a recording it only passes calls through.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedStatements {

    /** A statement as prepared, and its parameter values by position (1-based). */
    public record Statement(String sql, List<@Nullable Object> parameters) {
    }

    private static final ThreadLocal<@Nullable List<Statement>> RECORDING = new ThreadLocal<>();

    /** The statements {@code work} prepared on this thread (MockMvc runs a request on the caller's thread). */
    public static List<Statement> during(Callable<?> work) throws Exception {
        List<Statement> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            work.call();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    @Bean
    static BeanPostProcessor recordingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
                    return bean;
                }
                return new DelegatingDataSource(dataSource) {
                    @Override
                    public Connection getConnection() throws java.sql.SQLException {
                        return connection(super.getConnection());
                    }
                };
            }
        };
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = invoke(method, connection, args);
            List<Statement> recording = RECORDING.get();
            if (recording != null && method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
                TreeMap<Integer, @Nullable Object> values = new TreeMap<>();
                PreparedStatement statement = (PreparedStatement) result;
                return proxy(PreparedStatement.class, statement, (call, callArgs) -> {
                    if (call.getName().startsWith("set") && callArgs != null && callArgs.length >= 2
                            && callArgs[0] instanceof Integer index) {
                        values.put(index, call.getName().equals("setNull") ? null : callArgs[1]);
                    }
                    if (call.getName().startsWith("execute")) {
                        recording.add(new Statement(sql, Arrays.asList(values.values().toArray())));
                    }
                    return invoke(call, statement, callArgs);
                });
            }
            return result;
        });
    }

    private interface Handler {
        @Nullable Object handle(Method method, @Nullable Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(method, args);
        return type.cast(Proxy.newProxyInstance(RecordedStatements.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    private static @Nullable Object invoke(Method method, Object target, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

package jixiao.testsupport;

import java.util.function.Supplier;

import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;

/** A double of the platform's caller: whoever the test says is calling, per thread. */
public class TestCallers implements CallerContext {

    private final ThreadLocal<Caller> current = new ThreadLocal<>();

    @Override
    public Caller current() {
        Caller caller = current.get();
        if (caller == null) {
            throw new IllegalStateException("no caller: wrap the call in runAs(caller, ...)");
        }
        return caller;
    }

    @Override
    public <T> T runAs(Caller caller, Supplier<T> work) {
        Caller previous = current.get();
        current.set(caller);
        try {
            return work.get();
        } finally {
            current.set(previous);
        }
    }
}

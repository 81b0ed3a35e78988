package de.presseschau.fetch;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Passes a body through and runs an action as it ends (read to the end or broken off by the connection), before the
 * body's waiter is told: on the client's thread, so the action never waits for the waiter to be scheduled.
 */
final class EndingBody<T> implements BodySubscriber<T> {

    private final BodySubscriber<T> body;
    private final Runnable atEnd;

    EndingBody(BodySubscriber<T> body, Runnable atEnd) {
        this.body = body;
        this.atEnd = atEnd;
    }

    @Override
    public CompletionStage<T> getBody() {
        return body.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        body.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        body.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        try {
            atEnd.run();
        } finally {
            body.onError(throwable);
        }
    }

    @Override
    public void onComplete() {
        // The waiter is told even if the action fails: it must never wait for a body that has ended.
        try {
            atEnd.run();
        } finally {
            body.onComplete();
        }
    }
}

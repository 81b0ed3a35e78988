package de.presseschau.fetch;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Ignores the body of a response we only need the status and headers of (errors, redirects, 304). */
final class SkippedBody implements BodySubscriber<byte[]> {

    private static final byte[] EMPTY = new byte[0];

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        // Cancelling closes the connection rather than waiting for an error page that may never end.
        subscription.cancel();
        result.complete(EMPTY);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
    }

    @Override
    public void onError(Throwable throwable) {
        result.complete(EMPTY);
    }

    @Override
    public void onComplete() {
        result.complete(EMPTY);
    }
}

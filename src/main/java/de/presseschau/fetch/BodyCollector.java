package de.presseschau.fetch;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body into memory, giving up (and closing the stream) once it exceeds a limit. */
final class BodyCollector implements BodySubscriber<byte[]> {

    private final long limit;
    private final long declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final LimitedBuffer buffer;
    private volatile Flow.Subscription subscription;

    /** @param declaredLength the Content-Length header, or -1 */
    BodyCollector(long limit, long declaredLength) {
        this.limit = limit;
        this.declaredLength = declaredLength;
        this.buffer = new LimitedBuffer(limit);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            // Expired before the body began.
            subscription.cancel();
            return;
        }
        if (declaredLength > limit) {
            subscription.cancel();
            result.completeExceptionally(new BodyTooLargeException(limit));
            return;
        }
        // One chunk at a time, so a huge or endless body never piles up in the client's queues.
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> chunks) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer chunk : chunks) {
            if (!buffer.append(chunk)) {
                subscription.cancel();
                result.completeExceptionally(new BodyTooLargeException(limit));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    /** Stops reading: used when the caller gives up (interrupted). */
    void abort() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** Stops reading and fails the body with {@link TotalTimeoutException}: the fetch's total deadline has passed. */
    void expire() {
        abort();
        result.completeExceptionally(new TotalTimeoutException());
    }
}

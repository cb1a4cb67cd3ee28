package io.github.wasmsandbox.core;

/**
 * A thread of a {@link GuestThreadPool}: it runs guests for whichever caller leased it, so escape detection
 * attributes it by {@link #lessee}, never by the thread group it happened to be created in.
 */
final class GuestThread extends Thread {

    /** The thread whose run this thread executes now; null while idle. */
    volatile Thread lessee;
    /** {@link #lessee}'s thread group when it asked for the run (a terminated thread has none). */
    volatile ThreadGroup lesseeGroup;

    GuestThread(Runnable worker, String name, long stackBytes) {
        super(null, worker, name, stackBytes, false);
    }
}

package se.jamtland.devstack.standin;

import se.jamtland.runtime.ParentWatch;

import java.util.concurrent.CountDownLatch;

/** Does in its main what every service's main does first, then waits forever, as a server would. */
public final class StandInService {

    private StandInService() {
    }

    public static void main(String[] args) throws InterruptedException {
        ParentWatch.startIfAsked();
        System.out.println("service up");
        new CountDownLatch(1).await();
    }
}

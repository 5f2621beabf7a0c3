package se.jamtland.devstack.standin;

import se.jamtland.devstack.ServiceProcess;
import se.jamtland.devstack.ServiceSpec;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts {@link StandInService} with the command devstack builds for a service (ServiceProcess.command), prints its
 * pid and waits forever: the parent a test can kill as devstack would be killed.
 */
public final class StandInDevStack {

    private StandInDevStack() {
    }

    public static void main(String[] args) throws Exception {
        ServiceSpec spec = new ServiceSpec("stand-in-service", ".", StandInService.class.getName(), 18099, null, false);
        Process service = new ProcessBuilder(ServiceProcess.command(System.getProperty("java.class.path"), spec,
                List.of())).inheritIO().start();
        System.out.println("service pid " + service.pid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}

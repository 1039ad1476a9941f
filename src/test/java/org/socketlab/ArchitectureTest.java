package org.socketlab;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering docs/architecture.md describes, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.socketlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineImportsNoToolkit = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule engineKnowsNeitherUiNorCli = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.socketlab.ui..", "org.socketlab.cli..");

    /** The socket calls that act on the network or the selector: read, write, close... (not address getters). */
    private static final String SOCKET_CALLS =
            "open|configureBlocking|register|bind|accept|connect|finishConnect|read|write|shutdownOutput"
                    + "|shutdownInput|setOption|close|socket";

    /**
     * Every socket call of the engine goes through SocketCalls, which records it, so a step's list of
     * calls is exactly what it did (the selector view's probe registers channels with its own selector).
     */
    @ArchTest
    static final ArchRule onlySocketCallsCallsSockets = noClasses().that().resideInAPackage("..engine..")
            .and().doNotHaveSimpleName("SocketCalls").and().doNotHaveSimpleName("SelectorProbe")
            .should().callMethodWhere(describe("a socket call on a channel", (JavaMethodCall call) ->
                    (call.getTargetOwner().isAssignableTo(NetworkChannel.class)
                            || call.getTargetOwner().isAssignableTo(SelectableChannel.class))
                            && call.getName().matches(SOCKET_CALLS)));

    @ArchTest
    static final ArchRule uiTouchesNoChannels = noClasses().that().resideInAPackage("org.socketlab.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.nio.channels..");

    @ArchTest
    static final ArchRule playerNeedsNoToolkit = noClasses().that().resideInAPackage("org.socketlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.socketlab.ui..");
}

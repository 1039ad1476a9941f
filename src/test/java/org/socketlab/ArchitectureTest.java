package org.socketlab;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

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

    /** The engine asks the system through org.socketlab.os only: no native binding of its own. */
    @ArchTest
    static final ArchRule engineMakesNoNativeCalls = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("com.sun.jna..");

    /**
     * An error is known by its type and the system's own texts (ErrorCodes), never by words read elsewhere:
     * in the engine only ErrorCodes reads what an exception says.
     */
    @ArchTest
    static final ArchRule onlyErrorCodesReadsMessages = noClasses().that().resideInAPackage("..engine..")
            .and().doNotHaveSimpleName("ErrorCodes")
            .should().callMethod(Throwable.class, "getMessage")
            .orShould().callMethod(Throwable.class, "getLocalizedMessage");

    @ArchTest
    static final ArchRule kernelViewNeedsNoToolkit = noClasses().that().resideInAPackage("org.socketlab.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.socketlab.ui..",
                    "org.socketlab.cli..", "org.socketlab.lesson..");

    /** The kernel's view reads the kernel's table, never the lab's sockets: it only sees snapshots. */
    @ArchTest
    static final ArchRule kernelViewTouchesNoChannels = noClasses().that().resideInAPackage("org.socketlab.kernel..")
            .should().dependOnClassesThat().resideInAPackage("java.nio.channels..");

    /** The sequence diagram is drawn by the window and by the headless player alike: no toolkit in it. */
    @ArchTest
    static final ArchRule diagramNeedsNoToolkit = noClasses().that().resideInAPackage("org.socketlab.diagram..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.socketlab.ui..",
                    "org.socketlab.cli..", "java.awt..", "javax.imageio..");

    /** The socket calls that act on the network or the selector: read, write, close... (not address getters). */
    private static final String SOCKET_CALLS =
            "open|configureBlocking|register|bind|accept|connect|finishConnect|read|write|shutdownOutput"
                    + "|shutdownInput|setOption|close|socket";

    /**
     * Every socket call of the engine goes through SocketCalls, which records it, so a step's list of
     * calls is exactly what it did (the selector view's probe registers channels with its own selector, and so
     * does the accept-queue probe a listener asks after an Accept).
     * That includes what a step does to the selector: cancelling a key and the selectNow() that flushes it.
     * Only the selector loop's own rounds and a reset's flush ({@code LabCore.closeAll}) belong to no step.
     */
    @ArchTest
    static final ArchRule onlySocketCallsCallsSockets = noClasses().that().resideInAPackage("..engine..")
            .and().doNotHaveSimpleName("SocketCalls").and().doNotHaveSimpleName("SelectorProbe")
            .and().doNotHaveSimpleName("AcceptQueueProbe")
            .should().callMethodWhere(describe("a socket call on a channel", (JavaMethodCall call) ->
                    (call.getTargetOwner().isAssignableTo(NetworkChannel.class)
                            || call.getTargetOwner().isAssignableTo(SelectableChannel.class))
                            && call.getName().matches(SOCKET_CALLS)))
            .orShould().callMethodWhere(describe("selectNow() or cancel() outside the selector loop and a reset",
                    (JavaMethodCall call) -> isSelectNowOrCancel(call) && !belongsToNoStep(call)));

    private static boolean isSelectNowOrCancel(JavaMethodCall call) {
        return call.getTargetOwner().isAssignableTo(Selector.class) && call.getName().matches("select|selectNow")
                || call.getTargetOwner().isAssignableTo(SelectionKey.class) && call.getName().equals("cancel");
    }

    private static boolean belongsToNoStep(JavaMethodCall call) {
        String owner = call.getOriginOwner().getSimpleName();
        return owner.equals("SelectorLoop") || owner.equals("LabCore") && call.getOrigin().getName().equals("closeAll");
    }

    @ArchTest
    static final ArchRule uiTouchesNoChannels = noClasses().that().resideInAPackage("org.socketlab.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.nio.channels..");

    @ArchTest
    static final ArchRule playerNeedsNoToolkit = noClasses().that().resideInAPackage("org.socketlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.socketlab.ui..");

    /** The window's feature packages: org.socketlab.ui.cards, .lesson, .log, ..., each with its controllers and view models. */
    private static final String UI = "org.socketlab.ui";

    /**
     * The view models of every feature package: each class named {@code ...ViewModel}, and every class of the
     * window that one of them uses, directly or through another (what a view model is made of is a view model too).
     */
    private static Set<JavaClass> viewModels(JavaClasses classes) {
        Set<JavaClass> found = new HashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        classes.stream().filter(c -> inUi(c) && c.getSimpleName().endsWith("ViewModel")).forEach(todo::add);
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            if (found.add(c)) {
                c.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                        .filter(t -> inUi(t) && !found.contains(t)).forEach(todo::add);
            }
        }
        return found;
    }

    private static boolean inUi(JavaClass c) {
        return c.getPackageName().startsWith(UI + ".");
    }

    /** View models know no controls, layouts, FXML or controllers, in every feature package; tested without a toolkit. */
    @ArchTest
    static void viewModelsKnowNoControls(JavaClasses classes) {
        Set<JavaClass> viewModels = viewModels(classes);
        noClasses().that(describe("are view models (named ...ViewModel, or used by one)", viewModels::contains))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..", "org.controlsfx..")
                .orShould().dependOnClassesThat(describe("are controllers",
                        (JavaClass c) -> inUi(c) && c.getSimpleName().endsWith("Controller")))
                .check(classes);
    }

    /**
     * Where the window is put together: it chooses the language, starts the lab (ahead of the toolkit:
     * StartAhead) and connects it to the view model.
     */
    private static final String COMPOSITION_ROOT = "MainWindow|SocketLabApp|StartAhead|UiBridge|LanguageChoice";

    /**
     * Controllers and the view's helpers see the engine and the lessons only through the view models:
     * an engine or lesson type may appear in a view class only if some view model's public API shows it.
     */
    @ArchTest
    static void controllersSeeTheEngineOnlyThroughViewModels(JavaClasses classes) {
        Set<JavaClass> viewModels = viewModels(classes);
        Set<String> exposed = new HashSet<>();
        viewModels.stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(c -> exposedBy(c.reflect(), exposed));
        DescribedPredicate<JavaClass> hidden = describe("engine, kernel or lesson types no view model exposes",
                c -> (c.getPackageName().startsWith("org.socketlab.engine")
                        || c.getPackageName().startsWith("org.socketlab.kernel")
                        || c.getPackageName().startsWith("org.socketlab.lesson"))
                        && !exposed.contains(c.getName()));
        noClasses().that().resideInAPackage(UI + "..")
                .and(describe("are no view models", (JavaClass c) -> !viewModels.contains(c)))
                .and(describe("outside the composition root",
                        (JavaClass c) -> !c.getSimpleName().matches(COMPOSITION_ROOT)))
                .should().dependOnClassesThat(hidden).check(classes);
    }

    /** The types a public view-model class shows in its public methods and fields, type arguments included. */
    private static void exposedBy(Class<?> type, Set<String> into) {
        for (Method m : type.getMethods()) {
            typesIn(m.getGenericReturnType(), into);
            for (Type p : m.getGenericParameterTypes()) {
                typesIn(p, into);
            }
        }
        for (Field f : type.getFields()) {
            typesIn(f.getGenericType(), into);
        }
    }

    private static void typesIn(Type t, Set<String> into) {
        if (t instanceof Class<?> c) {
            if (into.add(c.getName()) && c.isArray()) {
                typesIn(c.getComponentType(), into);
            }
            if (c.isRecord() || c.isEnum()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers()) && !into.contains(m.getReturnType().getName())) {
                        typesIn(m.getGenericReturnType(), into);
                    }
                }
            }
        } else if (t instanceof ParameterizedType p) {
            typesIn(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) {
                typesIn(a, into);
            }
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                typesIn(b, into);
            }
        } else if (t instanceof GenericArrayType g) {
            typesIn(g.getGenericComponentType(), into);
        }
    }
}

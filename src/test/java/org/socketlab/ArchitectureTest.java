package org.socketlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering DESIGN.md asks for, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.socketlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineImportsNoToolkit = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule engineKnowsNeitherUiNorCli = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.socketlab.ui..", "org.socketlab.cli..");

    @ArchTest
    static final ArchRule uiTouchesNoChannels = noClasses().that().resideInAPackage("org.socketlab.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.nio.channels..");

    @ArchTest
    static final ArchRule playerNeedsNoToolkit = noClasses().that().resideInAPackage("org.socketlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.socketlab.ui..");
}

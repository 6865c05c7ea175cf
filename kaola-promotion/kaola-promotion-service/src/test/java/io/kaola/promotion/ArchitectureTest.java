package io.kaola.promotion;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.kaola.common.test.KaolaArchitecture;

/** The shape of kaola-promotion (and its api), as docs/conventions.md describes it: the shared rules of {@link KaolaArchitecture}. */
@AnalyzeClasses(packages = "io.kaola.promotion", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests shape = ArchTests.in(KaolaArchitecture.class);
}

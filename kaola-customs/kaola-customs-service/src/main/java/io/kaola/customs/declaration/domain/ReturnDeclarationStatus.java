package io.kaola.customs.declaration.domain;

/** Where one return's declaration (CEB625) is; {@link ReturnTransition#LIFECYCLE} is its table. */
public enum ReturnDeclarationStatus {
    /** The CEB625 is declared (built and stored, then handed to the single window): waiting for its CEB626. */
    SENT,
    /** Customs accepted the return (626: 800 or 899). Final. */
    ACCEPTED,
    /** Customs or the single window refused it (626: 100 or a negative code). Final: its units may be returned again. */
    REFUSED
}

package dev.scaffold.catalog;

import dev.scaffold.ExitCodes;
import dev.scaffold.ScaffoldException;

/**
 * A released version (listed in {@code RELEASES}) that the catalog does not hold, e.g. an engine built
 * without the repository's history. {@code scaffold upgrade} fails on it rather than degrading: an engine
 * built from a full clone upgrades the project properly.
 */
public final class ReleaseNotHeldException extends ScaffoldException {

    ReleaseNotHeldException(String message) {
        super(ExitCodes.FAILURE, message);
    }
}

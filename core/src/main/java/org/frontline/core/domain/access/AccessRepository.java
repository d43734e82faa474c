package org.frontline.core.domain.access;

import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores user accounts, their API tokens and the admin action log. */
public interface AccessRepository {
    UserAccount add(UserAccount account);

    Optional<UserAccount> findById(long id);

    /** Writes pending changes now, so an answer shows the version they produced. */
    void flush();

    Optional<UserAccount> findByUsername(String username);

    /** By username. */
    Page<UserAccount> list(PageRequest request);

    ApiToken addToken(ApiToken token);

    Optional<ApiToken> findTokenByHash(String tokenHash);

    Optional<ApiToken> findToken(long id);

    /** The user's tokens, newest first. */
    List<ApiToken> tokensOf(long userId);

    void removeToken(ApiToken token);

    void record(AdminAction action);

    /** Newest first. */
    Page<AdminAction> actions(PageRequest request);
}

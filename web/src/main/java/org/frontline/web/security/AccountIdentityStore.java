package org.frontline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.ApiTokenService;
import org.frontline.core.domain.access.UserAccount;
import org.frontline.web.platform.Transactions;

/**
 * Checks passwords and API tokens against the accounts in the database; a valid caller's groups are the roles their
 * account grants, which the container uses as role names.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    Transactions transactions;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<UserAccount> account = switch (credential) {
            case UsernamePasswordCredential password ->
                transactions.run(() -> accounts.authenticate(password.getCaller(), password.getPasswordAsString()));
            case BearerTokenCredential bearer -> transactions.run(() -> tokens.authenticate(bearer.token()));
            default -> Optional.empty();
        };
        return account.map(AccountIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** The groups (role names) an account is known by. */
    static Set<String> groups(UserAccount account) {
        return account.grantedRoles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static CredentialValidationResult valid(UserAccount account) {
        return new CredentialValidationResult(account.username(), groups(account));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return IdentityStore.DEFAULT_VALIDATION_TYPES;
    }
}

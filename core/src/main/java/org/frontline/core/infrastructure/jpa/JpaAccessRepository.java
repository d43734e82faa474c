package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.access.AccessRepository;
import org.frontline.core.domain.access.AdminAction;
import org.frontline.core.domain.access.ApiToken;
import org.frontline.core.domain.access.UserAccount;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** User accounts, API tokens and the admin action log through Jakarta Persistence. */
public class JpaAccessRepository extends JpaRepository<UserAccount> implements AccessRepository {

    public JpaAccessRepository(EntityManager em) {
        super(em, UserAccount.class);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<UserAccount> list(PageRequest request) {
        return page(new QueryConditions(), "e.username", request);
    }

    @Override
    public ApiToken addToken(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> tokensOf(long userId) {
        return em.createQuery(
                        "select t from ApiToken t where t.userId = :user order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public void removeToken(ApiToken token) {
        em.remove(token);
    }

    @Override
    public void record(AdminAction action) {
        em.persist(action);
    }

    @Override
    public Page<AdminAction> actions(PageRequest request) {
        List<AdminAction> items = em.createQuery(
                        "select a from AdminAction a order by a.at desc, a.id desc", AdminAction.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total =
                em.createQuery("select count(a) from AdminAction a", Long.class).getSingleResult();
        return Page.of(items, request, total);
    }
}

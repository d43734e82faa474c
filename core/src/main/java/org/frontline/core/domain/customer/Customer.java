package org.frontline.core.domain.customer;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.Money;
import org.hibernate.envers.Audited;

/** A person or organisation the centre serves; the aggregate root every contact and case points at. */
@Audited
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 320)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "preferred_language", nullable = false, length = 35)
    private String preferredLanguage;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_tier", nullable = false, length = 20)
    private ValueTier valueTier;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "annual_revenue_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "annual_revenue_currency"))
    })
    private Money annualRevenue;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For Jakarta Persistence only. */
    protected Customer() {}

    public Customer(CustomerProfile profile, Instant now) {
        Objects.requireNonNull(now, "now");
        this.createdAt = now;
        apply(profile, now);
    }

    /** Replaces the customer's profile with what an agent or administrator entered. */
    public void revise(CustomerProfile profile, Instant now) {
        apply(profile, now);
    }

    /**
     * Sets the tier its revenue earns under the thresholds; returns whether it changed. A customer without revenue in
     * the thresholds' currency keeps its tier.
     */
    public boolean retier(TierThresholds thresholds, Instant now) {
        if (annualRevenue == null || !thresholds.applyTo(annualRevenue)) {
            return false;
        }
        ValueTier earned = thresholds.tierFor(annualRevenue);
        if (earned == valueTier) {
            return false;
        }
        this.valueTier = earned;
        this.updatedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    private void apply(CustomerProfile profile, Instant now) {
        Objects.requireNonNull(profile, "profile");
        this.name = profile.name();
        this.email = profile.email();
        this.phone = profile.phone();
        this.preferredLanguage = profile.preferredLanguage().toLanguageTag();
        this.timeZone = profile.timeZone().getId();
        this.valueTier = profile.valueTier();
        this.annualRevenue = profile.annualRevenue().orElse(null);
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    /** The optimistic-locking version; a writer must name it to change the customer. */
    public long version() {
        return version;
    }

    public CustomerProfile profile() {
        return new CustomerProfile(
                name,
                email,
                phone,
                Locale.forLanguageTag(preferredLanguage),
                ZoneId.of(timeZone),
                valueTier,
                Optional.ofNullable(annualRevenue));
    }

    public String name() {
        return name;
    }

    public ValueTier valueTier() {
        return valueTier;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

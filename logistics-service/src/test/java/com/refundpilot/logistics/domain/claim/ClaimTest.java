package com.refundpilot.logistics.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim lifecycle DRAFT → APPROVED → SUBMITTED → COMPENSATED | REJECTED; anything else throws. */
class ClaimTest {

    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T3001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private final Claim claim = Claim.draft(ORDER, CASE, "ZTO", "ZT-L1", "SHOE-BLK-42", 59900, "丢件索赔", T0);

    private Claim submitted() {
        claim.approve(Claim.BY_POLICY, at(0));
        claim.submitted("CLM-ZT-L1-1", at(0));
        return claim;
    }

    @Test
    void aDraftNamesTheOrderParcelSkuAndValue() {
        assertThat(claim.claimId()).isEqualTo("CL:" + CASE + ":ZT-L1");
        assertThat(claim.drafted()).isEqualTo(new ClaimUpdated(ORDER, CASE, claim.claimId(), ClaimStatus.DRAFT, "ZTO",
                "ZT-L1", "SHOE-BLK-42", 59900, 0, null, T0));
    }

    @Test
    void theWholeWayToCompensationIsOneEventPerTransition() {
        ClaimUpdated approved = claim.approve("finance-li", at(1));
        ClaimUpdated sent = claim.submitted("CLM-ZT-L1-1", at(2));
        ClaimUpdated paid = claim.settle(ClaimSettlement.compensated(45000), at(30));

        assertThat(List.of(approved.status(), sent.status(), paid.status()))
                .containsExactly(ClaimStatus.APPROVED, ClaimStatus.SUBMITTED, ClaimStatus.COMPENSATED);
        assertThat(sent.courierReference()).isEqualTo("CLM-ZT-L1-1");
        assertThat(paid.compensatedFen()).isEqualTo(45000);
        assertThat(paid.at()).isEqualTo(at(30));
        assertThat(claim.history()).extracting(ClaimStep::status).containsExactly(ClaimStatus.DRAFT,
                ClaimStatus.APPROVED, ClaimStatus.SUBMITTED, ClaimStatus.COMPENSATED);
        assertThat(claim.history().get(1).by()).isEqualTo("finance-li");
    }

    @Test
    void theCourierMayRejectASubmittedClaimWithAReason() {
        submitted();

        ClaimUpdated rejected = claim.settle(ClaimSettlement.rejected("买家已签收"), at(5));

        assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(rejected.compensatedFen()).isZero();
        assertThat(claim.rejectionReason()).isEqualTo("买家已签收");
    }

    @Test
    void financeMayRejectADraftAndACourierRefusalRejectsAnApprovedClaim() {
        claim.rejectByFinance("finance-li", "金额太小", at(1));
        assertThat(claim.status()).isEqualTo(ClaimStatus.REJECTED);

        Claim other = Claim.draft(ORDER, CASE, "ZTO", "ZT-L2", null, 100, null, T0);
        other.approve(Claim.BY_POLICY, T0);
        assertThat(other.refusedByCourier("UNKNOWN_PARCEL", "no shipment", at(1)).status())
                .isEqualTo(ClaimStatus.REJECTED);
        assertThat(other.rejectionReason()).isEqualTo("UNKNOWN_PARCEL: no shipment");
    }

    @Test
    void approvingTwiceOrAfterSubmissionIsAlreadyApproved() {
        claim.approve(Claim.BY_POLICY, at(0));

        assertThatThrownBy(() -> claim.approve("finance", at(1))).isInstanceOfSatisfying(
                ClaimTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("ALREADY_APPROVED");
                    assertThat(e.status()).isEqualTo(ClaimStatus.APPROVED);
                });
        claim.submitted("CLM-1", at(1));
        assertThatThrownBy(() -> claim.rejectByFinance("finance", "no", at(2)))
                .isInstanceOfSatisfying(ClaimTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo("ALREADY_APPROVED"));
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void aSettledClaimRefusesEveryTransition() {
        submitted().settle(ClaimSettlement.compensated(59900), at(3));

        for (Runnable move : List.<Runnable>of(() -> claim.approve("f", at(4)),
                () -> claim.rejectByFinance("f", "x", at(4)), () -> claim.submitted("CLM-2", at(4)),
                () -> claim.refusedByCourier("X", null, at(4)),
                () -> claim.settle(ClaimSettlement.rejected("late"), at(4)))) {
            assertThatThrownBy(move::run).isInstanceOfSatisfying(ClaimTransitionException.class,
                    e -> assertThat(e.code()).isEqualTo("ALREADY_SETTLED"));
        }
        assertThat(claim.status()).isEqualTo(ClaimStatus.COMPENSATED);
        assertThat(claim.compensatedFen()).isEqualTo(59900);
        assertThat(claim.history()).hasSize(4);
    }

    @Test
    void stepsCannotBeSkipped() {
        assertThatThrownBy(() -> claim.submitted("CLM-1", at(1))).isInstanceOfSatisfying(
                ClaimTransitionException.class, e -> assertThat(e.code()).isEqualTo("NOT_APPROVED"));
        assertThatThrownBy(() -> claim.settle(ClaimSettlement.compensated(1), at(1))).isInstanceOfSatisfying(
                ClaimTransitionException.class, e -> assertThat(e.code()).isEqualTo("NOT_SUBMITTED"));
        claim.approve(Claim.BY_POLICY, at(1));
        assertThatThrownBy(() -> claim.settle(ClaimSettlement.compensated(1), at(1))).isInstanceOfSatisfying(
                ClaimTransitionException.class, e -> assertThat(e.code()).isEqualTo("NOT_SUBMITTED"));
        claim.submitted("CLM-1", at(1));
        assertThatThrownBy(() -> claim.submitted("CLM-2", at(2))).isInstanceOfSatisfying(
                ClaimTransitionException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_SUBMITTED"));
        assertThat(claim.courierReference()).isEqualTo("CLM-1");
    }

    @Test
    void theSameSettlementAgainIsRecognisedADifferentOneIsNot() {
        submitted().settle(ClaimSettlement.compensated(30000), at(3));

        assertThat(claim.settledAs(ClaimSettlement.compensated(30000))).isTrue();
        assertThat(claim.settledAs(ClaimSettlement.compensated(30001))).isFalse();
        assertThat(claim.settledAs(ClaimSettlement.rejected(null))).isFalse();
    }

    @Test
    void aClaimNeedsAValueAndASettlementCannotBeNegative() {
        assertThatThrownBy(() -> Claim.draft(ORDER, CASE, "ZTO", "ZT-0", null, 0, null, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valueFen");
        assertThatThrownBy(() -> ClaimSettlement.compensated(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePolicyApprovesUpToItsLimitInclusive() {
        assertThat(ClaimPolicy.DEFAULT.approvesByItself(100_000)).isTrue();
        assertThat(ClaimPolicy.DEFAULT.approvesByItself(100_001)).isFalse();
    }

    @Test
    void theLossRegisterCountsClaimedCompensatedOpenAndNet() {
        Claim paid = submitted();
        paid.settle(ClaimSettlement.compensated(40000), at(3));                  // 59900 claimed, 40000 back
        Claim refused = Claim.draft(ORDER, ORDER.caseIdOf("R2"), "ZTO", "ZT-L3", null, 20000, null, T0);
        refused.rejectByFinance("f", "no", at(1));                              // 20000 lost for good
        Claim open = Claim.draft(ORDER, ORDER.caseIdOf("R3"), "ZTO", "ZT-L4", null, 15000, null, T0);

        LossSummary summary = LossSummary.of("shop-1", List.of(paid, refused, open));

        assertThat(summary).isEqualTo(new LossSummary("shop-1", 3, 1, 1, 1, 94900, 40000, 15000,
                59900 + 20000 - 40000));
    }
}

package com.refundpilot.logistics.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AskCourier;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.logistics.adapter.FakeCourier.Request;
import com.refundpilot.logistics.adapter.out.mongo.ClaimRepository;
import com.refundpilot.logistics.domain.claim.Claim;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Courier claims (CL) end to end: filed by {@code ask-courier CLAIM}, approved by policy up to
 * {@code refundpilot.claims.auto-approve-up-to-fen} (default 100000) or by finance over HTTP after a task, submitted
 * to the courier, settled by the courier's push; every transition a {@code logistics.claim-updated}; the loss
 * register; duplicates and illegal transitions.
 */
class ClaimsIT extends ServiceWithFakeCourier {

    @Autowired
    ClaimRepository claims;

    private static String claimIdOf(OrderRef order, String trackingNo) {
        return Claim.idFor(caseOf(order), trackingNo);
    }

    private Envelope claim(OrderRef order, String trackingNo, long valueFen) {
        return send(claimCommand(order, trackingNo, valueFen));
    }

    private static AskCourier claimCommand(OrderRef order, String trackingNo, long valueFen) {
        return new AskCourier(order, caseOf(order), "ZTO", trackingNo, CourierRequestKind.CLAIM, "丢件索赔", valueFen,
                "SHOE-BLK-42");
    }

    private List<ClaimUpdated> updates(String claimId) {
        return published(ClaimUpdated.class, u -> u.claimId().equals(claimId));
    }

    private List<ClaimStatus> awaitStatuses(String claimId, ClaimStatus last) {
        return await().atMost(WAIT).until(() -> updates(claimId).stream().map(ClaimUpdated::status).toList(),
                statuses -> statuses.contains(last));
    }

    private List<Request> claimPosts(String trackingNo) {
        return COURIER.requests(trackingNo).stream().filter(r -> r.operation().equals("claims")).toList();
    }

    private ResponseEntity<String> settle(Map<String, Object> push) {
        return post("/claims/sandbox", push);
    }

    private Map<String, Object> compensation(String reference, Object fen) {
        Map<String, Object> push = new LinkedHashMap<>();
        push.put("claimId", reference);
        push.put("trackingNo", "whatever");
        push.put("status", "COMPENSATED");
        push.put("compensatedFen", fen);
        push.put("at", clock.instant().toString());
        return push;
    }

    private String submitted(OrderRef order, String trackingNo, long valueFen) {
        COURIER.shipment(trackingNo, "LOST", clock.instant());
        claim(order, trackingNo, valueFen);
        awaitStatuses(claimIdOf(order, trackingNo), ClaimStatus.SUBMITTED);
        return claims.find(claimIdOf(order, trackingNo)).orElseThrow().claim().courierReference();
    }

    @Test
    void aClaimWithinThePolicyIsApprovedAndSubmittedAtOnce() {
        OrderRef order = order("CL-AUTO");
        COURIER.shipment("ZT-CL-AUTO", "LOST", clock.instant());
        String claimId = claimIdOf(order, "ZT-CL-AUTO");

        Envelope command = claim(order, "ZT-CL-AUTO", 100_000);

        assertThat(awaitStatuses(claimId, ClaimStatus.SUBMITTED))
                .containsExactly(ClaimStatus.DRAFT, ClaimStatus.APPROVED, ClaimStatus.SUBMITTED);
        ClaimUpdated sent = updates(claimId).get(2);
        assertThat(sent).isEqualTo(new ClaimUpdated(order, caseOf(order), claimId, ClaimStatus.SUBMITTED, "ZTO",
                "ZT-CL-AUTO", "SHOE-BLK-42", 100_000, 0, "CLM-ZT-CL-AUTO-1", sent.at()));
        Envelope drafted = publishedEnvelopes(m -> m instanceof ClaimUpdated u && u.claimId().equals(claimId)).get(0);
        assertThat(drafted.causationId()).isEqualTo(command.id());
        assertThat(drafted.partitionKey()).isEqualTo(order.key());
        Request posted = claimPosts("ZT-CL-AUTO").get(0);
        assertThat(posted.body().get("requestId").asString()).isEqualTo(claimId);
        assertThat(posted.body().get("valueFen").asLong()).isEqualTo(100_000);
        assertThat(posted.body().get("sku").asString()).isEqualTo("SHOE-BLK-42");
        CourierAnswered answered = await().atMost(WAIT).until(() -> published(CourierAnswered.class,
                a -> a.trackingNo().equals("ZT-CL-AUTO")), found -> !found.isEmpty()).get(0);
        assertThat(answered.kind()).isEqualTo(CourierRequestKind.CLAIM);
        assertThat(answered.claimId()).isEqualTo("CLM-ZT-CL-AUTO-1");

        JsonNode view = body(get("/api/claims/" + claimId));
        assertThat(view.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(view.get("history").get(1).get("by").asString()).isEqualTo(Claim.BY_POLICY);
        assertThat(notificationCommands(CreateAgentTask.class)).noneMatch(t -> t.taskId().equals(claimId));
    }

    @Test
    void aLargerClaimWaitsForFinanceWhoseApprovalSubmitsIt() {
        OrderRef order = order("CL-BIG");
        COURIER.shipment("ZT-CL-BIG", "LOST", clock.instant());
        String claimId = claimIdOf(order, "ZT-CL-BIG");

        claim(order, "ZT-CL-BIG", 100_001);

        CreateAgentTask task = await().atMost(WAIT).until(() -> notificationCommands(CreateAgentTask.class).stream()
                .filter(t -> t.taskId().equals(claimId)).toList(), found -> !found.isEmpty()).get(0);
        assertThat(task.ruleId()).isEqualTo("CL");
        assertThat(task.caseId()).isEqualTo(caseOf(order));
        assertThat(task.priority()).isEqualTo(TaskPriority.NORMAL);
        assertThat(task.dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(task.summary()).contains("ZT-CL-BIG", "1000.01", "/api/claims/" + claimId + "/approve");
        assertThat(awaitStatuses(claimId, ClaimStatus.DRAFT)).containsExactly(ClaimStatus.DRAFT);
        assertThat(claimPosts("ZT-CL-BIG")).isEmpty();

        ResponseEntity<String> approved = post("/api/claims/" + claimId + "/approve", Map.of("approvedBy", "财务-李"));

        assertThat(approved.getStatusCode().value()).isEqualTo(200);
        assertThat(body(approved).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(body(approved).get("courierReference").asString()).isEqualTo("CLM-ZT-CL-BIG-1");
        assertThat(awaitStatuses(claimId, ClaimStatus.SUBMITTED))
                .containsExactly(ClaimStatus.DRAFT, ClaimStatus.APPROVED, ClaimStatus.SUBMITTED);
        assertThat(claimPosts("ZT-CL-BIG")).hasSize(1);

        ResponseEntity<String> again = post("/api/claims/" + claimId + "/approve", null);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(isProblem(again)).isTrue();
        assertThat(body(again).get("code").asString()).isEqualTo("ALREADY_APPROVED");
        assertThat(body(again).get("claimStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(body(again).get("detail").asString()).contains("SUBMITTED");
        assertThat(post("/api/claims/" + claimId + "/reject", Map.of("reason", "x")).getStatusCode().value())
                .isEqualTo(409);
        assertThat(claimPosts("ZT-CL-BIG")).hasSize(1);
    }

    @Test
    void financeRejectsADraftWithAReasonAndNothingGoesToTheCourier() {
        OrderRef order = order("CL-NO");
        COURIER.shipment("ZT-CL-NO", "LOST", clock.instant());
        String claimId = claimIdOf(order, "ZT-CL-NO");
        claim(order, "ZT-CL-NO", 200_000);
        awaitStatuses(claimId, ClaimStatus.DRAFT);

        ResponseEntity<String> noReason = post("/api/claims/" + claimId + "/reject", Map.of("rejectedBy", "财务"));
        ResponseEntity<String> badType = post("/api/claims/" + claimId + "/reject", Map.of("reason", 7));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(isProblem(noReason)).isTrue();
        assertThat(body(noReason).get("field").asString()).isEqualTo("reason");
        assertThat(body(badType).get("field").asString()).isEqualTo("reason");
        assertThat(claims.find(claimId).orElseThrow().claim().status()).isEqualTo(ClaimStatus.DRAFT);

        ResponseEntity<String> rejected = post("/api/claims/" + claimId + "/reject", Map.of("reason", "证据不足"));

        assertThat(rejected.getStatusCode().value()).isEqualTo(200);
        assertThat(body(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(body(rejected).get("rejectionReason").asString()).isEqualTo("证据不足");
        assertThat(awaitStatuses(claimId, ClaimStatus.REJECTED))
                .containsExactly(ClaimStatus.DRAFT, ClaimStatus.REJECTED);
        ResponseEntity<String> late = post("/api/claims/" + claimId + "/approve", null);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(body(late).get("code").asString()).isEqualTo("ALREADY_SETTLED");
        assertThat(claimPosts("ZT-CL-NO")).isEmpty();
    }

    @Test
    void anUnknownClaimIs404() {
        assertThat(post("/api/claims/CL:nope/approve", null).getStatusCode().value()).isEqualTo(404);
        assertThat(post("/api/claims/CL:nope/reject", Map.of("reason", "x")).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> read = get("/api/claims/CL:nope");
        assertThat(read.getStatusCode().value()).isEqualTo(404);
        assertThat(isProblem(read)).isTrue();
    }

    @Test
    void theCouriersSettlementPushCompensatesTheClaimOnce() {
        OrderRef order = order("CL-PAID");
        String reference = submitted(order, "ZT-CL-PAID", 59_900);
        String claimId = claimIdOf(order, "ZT-CL-PAID");

        ResponseEntity<String> paid = settle(compensation(reference, 45_000));
        ResponseEntity<String> repeat = settle(compensation(reference, 45_000));

        assertThat(paid.getStatusCode().value()).isEqualTo(200);
        assertThat(body(repeat).get("duplicate").asBoolean()).isTrue();
        assertThat(awaitStatuses(claimId, ClaimStatus.COMPENSATED)).containsExactly(ClaimStatus.DRAFT,
                ClaimStatus.APPROVED, ClaimStatus.SUBMITTED, ClaimStatus.COMPENSATED);
        assertThat(updates(claimId).get(3).compensatedFen()).isEqualTo(45_000);
        ResponseEntity<String> otherwise = settle(Map.of("claimId", reference, "status", "REJECTED",
                "at", clock.instant().toString()));
        assertThat(otherwise.getStatusCode().value()).isEqualTo(409);
        assertThat(body(otherwise).get("code").asString()).isEqualTo("ALREADY_SETTLED");
        ResponseEntity<String> approve = post("/api/claims/" + claimId + "/approve", null);
        assertThat(body(approve).get("code").asString()).isEqualTo("ALREADY_SETTLED");
        // a later transition of another claim on the same order is published only after this one's were
        submitted(order, "ZT-CL-PAID-2", 100);
        assertThat(updates(claimId)).hasSize(4);
    }

    @Test
    void aRejectionPushRejectsASubmittedClaim() {
        OrderRef order = order("CL-REFUSED");
        String reference = submitted(order, "ZT-CL-REFUSED", 30_000);

        ResponseEntity<String> refused = settle(Map.of("claimId", reference, "status", "REJECTED", "reason", "已签收",
                "at", clock.instant().toString()));

        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        assertThat(awaitStatuses(claimIdOf(order, "ZT-CL-REFUSED"), ClaimStatus.REJECTED)).hasSize(4);
        assertThat(claims.find(claimIdOf(order, "ZT-CL-REFUSED")).orElseThrow().claim().rejectionReason())
                .isEqualTo("已签收");
    }

    @Test
    void aBadSettlementPushNamesTheFieldAndChangesNothing() {
        OrderRef order = order("CL-BADPUSH");
        String reference = submitted(order, "ZT-CL-BADPUSH", 30_000);

        Map<String, Object> unknownStatus = compensation(reference, 1);
        unknownStatus.put("status", "PAID");
        Map<String, Object> badAt = compensation(reference, 1);
        badAt.put("at", "yesterday");
        assertThat(body(settle(unknownStatus)).get("field").asString()).isEqualTo("status");
        assertThat(body(settle(compensation(reference, null))).get("field").asString()).isEqualTo("compensatedFen");
        assertThat(body(settle(compensation(reference, -5))).get("field").asString()).isEqualTo("compensatedFen");
        assertThat(body(settle(compensation(reference, 1.5))).get("field").asString()).isEqualTo("compensatedFen");
        assertThat(body(settle(badAt)).get("field").asString()).isEqualTo("at");
        assertThat(settle(compensation("CLM-NOBODY-1", 1)).getStatusCode().value()).isEqualTo(404);

        assertThat(claims.find(claimIdOf(order, "ZT-CL-BADPUSH")).orElseThrow().claim().status())
                .isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void aRepeatedOrSecondClaimForTheSameCaseAndParcelIsOneClaim() {
        OrderRef order = order("CL-TWICE");
        COURIER.shipment("ZT-CL-TWICE", "LOST", clock.instant());
        Envelope first = Envelope.first(claimCommand(order, "ZT-CL-TWICE", 5_000), "test", clock.instant());

        resend(first);
        awaitStatuses(claimIdOf(order, "ZT-CL-TWICE"), ClaimStatus.SUBMITTED);
        resend(first);
        claim(order, "ZT-CL-TWICE", 5_000);
        submitted(order, "ZT-CL-TWICE-NEXT", 100); // the same partition: everything before it was handled

        assertThat(updates(claimIdOf(order, "ZT-CL-TWICE"))).hasSize(3);
        assertThat(claimPosts("ZT-CL-TWICE")).hasSize(1);
    }

    @Test
    void anUnreachableCourierLeavesTheClaimApprovedUntilTheRetrySubmitsIt() {
        OrderRef order = order("CL-DOWN");
        COURIER.shipment("ZT-CL-DOWN", "LOST", clock.instant());
        COURIER.unavailable("ZT-CL-DOWN", 3);
        String claimId = claimIdOf(order, "ZT-CL-DOWN");

        claim(order, "ZT-CL-DOWN", 10_000);
        await().atMost(WAIT).until(() -> claimPosts("ZT-CL-DOWN").size() == 3);
        assertThat(awaitStatuses(claimId, ClaimStatus.APPROVED)).containsExactly(ClaimStatus.DRAFT,
                ClaimStatus.APPROVED);

        virtualClock().advance(Duration.ofMinutes(10));

        assertThat(awaitStatuses(claimId, ClaimStatus.SUBMITTED)).containsExactly(ClaimStatus.DRAFT,
                ClaimStatus.APPROVED, ClaimStatus.SUBMITTED);
        assertThat(claimPosts("ZT-CL-DOWN")).hasSize(4)
                .allSatisfy(request -> assertThat(request.body().get("requestId").asString()).isEqualTo(claimId));
    }

    @Test
    void theLossRegisterListsAndSumsAShopsClaims() {
        OrderRef paid = new OrderRef(Platform.TAOBAO, "shop-loss", "CL-LOSS-1");
        OrderRef open = new OrderRef(Platform.TAOBAO, "shop-loss", "CL-LOSS-2");
        String reference = submitted(paid, "ZT-CL-LOSS-1", 60_000);
        settle(compensation(reference, 50_000));
        awaitStatuses(claimIdOf(paid, "ZT-CL-LOSS-1"), ClaimStatus.COMPENSATED);
        submitted(open, "ZT-CL-LOSS-2", 20_000);

        JsonNode losses = body(get("/api/losses?shopId=shop-loss"));
        JsonNode submittedOnly = body(get("/api/claims?status=SUBMITTED&shopId=shop-loss"));

        assertThat(losses.get("claims").asInt()).isEqualTo(2);
        assertThat(losses.get("claimedFen").asLong()).isEqualTo(80_000);
        assertThat(losses.get("compensatedFen").asLong()).isEqualTo(50_000);
        assertThat(losses.get("openFen").asLong()).isEqualTo(20_000);
        assertThat(losses.get("netLossFen").asLong()).isEqualTo(10_000);
        assertThat(submittedOnly.size()).isEqualTo(1);
        assertThat(submittedOnly.get(0).get("trackingNo").asString()).isEqualTo("ZT-CL-LOSS-2");
        assertThat(body(get("/api/claims?shopId=shop-loss")).size()).isEqualTo(2);
        assertThat(body(get("/api/claims?status=LOST")).get("field").asString()).isEqualTo("status");
        ResponseEntity<String> noShop = get("/api/losses");
        assertThat(noShop.getStatusCode().value()).isEqualTo(400);
        assertThat(body(noShop).get("field").asString()).isEqualTo("shopId");
    }
}

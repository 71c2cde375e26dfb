package com.refundpilot.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentTaskTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final Duration MARGIN = Duration.ofHours(2);
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1");

    private static AgentTask task(String id, TaskPriority priority, Duration dueIn) {
        return AgentTask.open(new CreateAgentTask(ORDER, ORDER.caseIdOf(id), id, "DL-2", priority, NOW.plus(dueIn),
                "summary"), NOW);
    }

    @Test
    void aNewTaskIsOpenAndStampedWithTheGivenTime() {
        AgentTask task = task("t", TaskPriority.HIGH, Duration.ofHours(24));
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.createdAt()).isEqualTo(NOW);
        assertThat(task.resolution()).isNull();
    }

    @Test
    void overdueRiskStartsAtTheMarginBeforeTheDeadlineAndStaysPastIt() {
        AgentTask task = task("t", TaskPriority.HIGH, Duration.ofHours(24));
        assertThat(task.overdueRisk(NOW, MARGIN)).isFalse();
        assertThat(task.overdueRisk(task.dueAt().minus(MARGIN).minusSeconds(1), MARGIN)).isFalse();
        assertThat(task.overdueRisk(task.dueAt().minus(MARGIN), MARGIN)).isTrue();
        assertThat(task.overdueRisk(task.dueAt().plusSeconds(60), MARGIN)).isTrue();
    }

    @Test
    void aTaskThatIsNoLongerOpenIsNeverAtRisk() {
        AgentTask open = task("t", TaskPriority.HIGH, Duration.ofMinutes(5));
        AgentTask resolved = new AgentTask(open.taskId(), open.caseId(), open.order(), open.ruleId(), open.priority(),
                open.dueAt(), open.summary(), open.createdAt(), TaskStatus.RESOLVED, TaskResolution.APPROVED, NOW,
                "agent-7", 0L, null);
        assertThat(open.overdueRisk(NOW, MARGIN)).isTrue();
        assertThat(resolved.overdueRisk(NOW, MARGIN)).isFalse();
    }

    @Test
    void queueOrderIsPriorityThenNearestDeadline() {
        AgentTask normalSoon = task("normal-soon", TaskPriority.NORMAL, Duration.ofHours(1));
        AgentTask highLate = task("high-late", TaskPriority.HIGH, Duration.ofHours(30));
        AgentTask highSoon = task("high-soon", TaskPriority.HIGH, Duration.ofHours(3));
        AgentTask top = task("top", TaskPriority.TOP, Duration.ofHours(70));

        assertThat(List.of(normalSoon, highLate, highSoon, top).stream().sorted(AgentTask.QUEUE_ORDER)
                .map(AgentTask::taskId)).containsExactly("top", "high-soon", "high-late", "normal-soon");
    }
}

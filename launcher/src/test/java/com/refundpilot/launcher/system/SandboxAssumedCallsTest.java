package com.refundpilot.launcher.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The embedded platform-adapter is given the sandbox's assumed calls, unless a system property already says. */
class SandboxAssumedCallsTest {

    private static final String DOUYIN = "refundpilot.platforms.douyin.assumed-capabilities";

    @Test
    void theSandboxsOwnListsArePassedToPlatformAdapter() {
        assertThat(SandboxAssumedCalls.platformAdapterArgs()).containsExactly(
                "--" + DOUYIN + "=NEGOTIATE,SEND_BUYER_MESSAGE,ACCEPT_COMPLAINT,REJECT_COMPLAINT,COMPENSATE",
                "--refundpilot.platforms.jd.assumed-capabilities=AGREE_PARTIAL_REFUND,NEGOTIATE,EXTEND_RECEIPT,"
                        + "UPLOAD_EVIDENCE,COMPENSATE,ACCEPT_COMPLAINT,REJECT_COMPLAINT",
                "--refundpilot.platforms.wechat-channels.assumed-capabilities=SEND_BUYER_MESSAGE,ACCEPT_COMPLAINT,"
                        + "REJECT_COMPLAINT,COMPENSATE");
    }

    @Test
    void aPlatformWhoseListIsASystemPropertyIsLeftToIt() {
        System.setProperty(DOUYIN, "");
        try {
            assertThat(SandboxAssumedCalls.platformAdapterArgs()).hasSize(2).noneMatch(arg -> arg.contains("douyin"));
        } finally {
            System.clearProperty(DOUYIN);
        }
    }
}

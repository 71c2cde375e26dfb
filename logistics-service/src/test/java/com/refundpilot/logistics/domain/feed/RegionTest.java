package com.refundpilot.logistics.domain.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void kuaidi100AreaNamesAreProvinceThenCityInTheShortFormTheRulesMatch() {
        assertThat(Region.ofAreaName("广东,深圳市")).contains(new Region("广东", "深圳市"));
        assertThat(Region.ofAreaName("新疆维吾尔自治区,乌鲁木齐市,天山区")).contains(new Region("新疆", "乌鲁木齐市"));
        assertThat(Region.ofAreaName("内蒙古自治区,呼和浩特市")).contains(new Region("内蒙古", "呼和浩特市"));
        assertThat(Region.ofAreaName("浙江省，杭州市")).contains(new Region("浙江", "杭州市"));
        assertThat(Region.ofAreaName("北京市")).contains(new Region("北京", null));
        assertThat(Region.ofAreaName("Tokyo,Shibuya")).contains(new Region("Tokyo", "Shibuya"));
        assertThat(Region.ofAreaName(" ")).isEmpty();
        assertThat(Region.ofAreaName(null)).isEmpty();
    }

    @Test
    void aKdniaoLocationGivesAProvinceOnlyWhenItNamesOne() {
        assertThat(Region.ofLocation("广东深圳市")).contains(new Region("广东", "深圳市"));
        assertThat(Region.ofLocation("广东省深圳市")).contains(new Region("广东", "深圳市"));
        assertThat(Region.ofLocation("新疆维吾尔自治区乌鲁木齐市")).contains(new Region("新疆", "乌鲁木齐市"));
        assertThat(Region.ofLocation("西藏,拉萨")).contains(new Region("西藏", "拉萨"));
        assertThat(Region.ofLocation("上海市")).contains(new Region("上海", null));
        assertThat(Region.ofLocation("深圳市")).as("a bare city: the province is unknown").isEmpty();
        assertThat(Region.ofLocation("")).isEmpty();
    }
}

package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.logistics.domain.feed.FeedUpdate;

/** One parcel's update read from a native push, with the text of its latest trace (for the log, masked there). */
record FeedItem(FeedUpdate update, String latestTrace) {
}

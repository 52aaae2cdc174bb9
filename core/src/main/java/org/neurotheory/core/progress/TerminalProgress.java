package org.neurotheory.core.progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal (me.tongfei progressbar). */
final class TerminalProgress implements Progress {
    private final ProgressBar bar;

    TerminalProgress(String task, long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    }

    @Override
    public void step(long n) {
        bar.stepBy(n);
    }

    @Override
    public void message(String text) {
        bar.setExtraMessage(text);
    }

    @Override
    public void close() {
        bar.close();
    }
}

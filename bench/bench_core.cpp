// Hot paths of a direct message's journey: decoding stream frames, turning the HTML into
// plain text, and the ledger's admit check. Run: build/bench/bench_core
#include "api/streamframeparser.h"
#include "sync/ledger.h"
#include "text/htmltotext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace fedibell;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(FEDIBELL_TEST_DATA_DIR "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    // Compact form, as the streaming server sends it.
    return QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact);
}

void BM_ParseConversationFrame(benchmark::State &state)
{
    const QByteArray frame = fixture("stream-direct-conversation.json");
    for (auto _ : state) {
        StreamEvent event = StreamFrameParser::parse(frame);
        benchmark::DoNotOptimize(event);
    }
    state.SetBytesProcessed(state.iterations() * frame.size());
}
BENCHMARK(BM_ParseConversationFrame);

void BM_ParseMentionFrame(benchmark::State &state)
{
    const QByteArray frame = fixture("stream-notification-mention.json");
    for (auto _ : state) {
        StreamEvent event = StreamFrameParser::parse(frame);
        benchmark::DoNotOptimize(event);
    }
    state.SetBytesProcessed(state.iterations() * frame.size());
}
BENCHMARK(BM_ParseMentionFrame);

void BM_HtmlToText(benchmark::State &state)
{
    const StreamEvent event = StreamFrameParser::parse(fixture("stream-direct-conversation.json"));
    const QString html = event.conversation->lastStatus->content;
    for (auto _ : state) {
        QString text = HtmlToText::convert(html);
        benchmark::DoNotOptimize(text);
    }
    state.SetBytesProcessed(state.iterations() * html.size() * 2);
}
BENCHMARK(BM_HtmlToText);

void BM_HtmlToTextLong(benchmark::State &state)
{
    const QString html =
        u"<p>Paragraph with <a href=\"https://x.example/\"><span class=\"invisible\">https://"
        "</span><span>x.example/</span></a> &amp; entities &lt;ok&gt;<br>and a break.</p>"_s
            .repeated(40);
    for (auto _ : state) {
        QString text = HtmlToText::convert(html);
        benchmark::DoNotOptimize(text);
    }
    state.SetBytesProcessed(state.iterations() * html.size() * 2);
}
BENCHMARK(BM_HtmlToTextLong);

// What a hostile server might send: a message that is nothing but the start of entities or
// of tags. Both must cost time linear in the length (and the length is capped).
void BM_HtmlToTextHostile(benchmark::State &state)
{
    const QChar fill = state.range(0) == 0 ? u'&' : u'<';
    const QString html = QString(qsizetype(state.range(1)), fill) + u'>';
    for (auto _ : state) {
        QString text = HtmlToText::convert(html);
        benchmark::DoNotOptimize(text);
    }
    state.SetLabel(state.range(0) == 0 ? "ampersands" : "open brackets");
}
BENCHMARK(BM_HtmlToTextHostile)
    ->Args({0, 30000})
    ->Args({1, 30000})
    ->Args({0, 1000000})
    ->Args({1, 1000000})
    ->Unit(benchmark::kMillisecond);

void BM_LedgerAdmitNew(benchmark::State &state)
{
    QTemporaryDir dir;
    Ledger ledger(dir.filePath(u"l.json"_s), 60000);
    ledger.setBaseline(u"100000000000000000"_s);
    qint64 next = 110000000000000000;
    for (auto _ : state) {
        const bool admitted = ledger.admit(QString::number(++next));
        benchmark::DoNotOptimize(admitted);
    }
}
BENCHMARK(BM_LedgerAdmitNew);

void BM_LedgerAdmitDuplicate(benchmark::State &state)
{
    QTemporaryDir dir;
    Ledger ledger(dir.filePath(u"l.json"_s), 60000);
    ledger.setBaseline(u"100000000000000000"_s);
    for (int i = 0; i < 2000; ++i) {
        ledger.admit(QString::number(110000000000000000 + i));
    }
    const QString seen = QString::number(110000000000000000 + 1000);
    for (auto _ : state) {
        const bool admitted = ledger.admit(seen);
        benchmark::DoNotOptimize(admitted);
    }
}
BENCHMARK(BM_LedgerAdmitDuplicate);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

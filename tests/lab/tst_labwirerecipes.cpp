// The wire recipes driven through the lab's service to their end, each step made once its socket's
// row says it makes sense (as the page's buttons do): the handshake, the orderly close from either
// side (TIME_WAIT on the side that closed first), half-close, RST by SO_LINGER 0, connect to a closed
// port (ECONNREFUSED), UDP to a closed port (ECONNREFUSED on the next call), a full backlog
// (EINPROGRESS for the third client), Nagle vs TCP_NODELAY, MSG_OOB, keep-alive timers. Every step
// has its words and, where the wire shows something, what to watch for.
#include "LabMessages.h"
#include "LabRecipes.h"
#include "PayloadCodec.h"
#include "SocketLabService.h"

#include <QSignalSpy>
#include <QTest>

#include <errno.h>

#include <map>

using namespace sockscope;
using namespace Qt::StringLiterals;

namespace {

const LabRecipe* recipeById(const std::vector<LabRecipe>& all, const std::string& id)
{
    for (const auto& r : all)
        if (r.id == id)
            return &r;
    return nullptr;
}

const LabSocketRow* rowOf(const std::vector<LabSocketRow>& rows, const std::string& id)
{
    for (const auto& row : rows)
        if (row.id == id)
            return &row;
    return nullptr;
}

} // namespace

class TestLabWireRecipes : public QObject {
    Q_OBJECT
private slots:
    void recipeToTheEnd_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QStringList>("expected"); // "step=ERRNO", "step=ret N", "step=\"bytes\""
        QTest::addColumn<QString>("timeWaitRole");
        QTest::newRow("handshake") << u"wire-handshake"_s << QStringList{u"connect=ret 0"_s} << u"client"_s;
        QTest::newRow("close, client first")
            << u"wire-close-client"_s << QStringList{u"recv-eof=ret 0"_s} << u"client"_s;
        QTest::newRow("close, server first")
            << u"wire-close-server"_s << QStringList{u"recv-eof=ret 0"_s} << u"conn"_s;
        QTest::newRow("half-close") << u"half-close"_s << QStringList{u"recv-eof=ret 0"_s} << u"client"_s;
        QTest::newRow("linger 0") << u"wire-linger"_s << QStringList{u"recv-reset=ECONNRESET"_s} << QString();
        QTest::newRow("closed port") << u"wire-refused"_s << QStringList{u"connect=ECONNREFUSED"_s} << QString();
        QTest::newRow("udp closed port")
            << u"wire-udp-unreachable"_s << QStringList{u"sendto=ret 13"_s, u"sendto-again=ECONNREFUSED"_s} << QString();
        QTest::newRow("full backlog")
            << u"wire-backlog"_s << QStringList{u"connect-c1=ret 0"_s, u"connect-c2=ret 0"_s, u"connect-c3=EINPROGRESS"_s}
            << QString();
        QTest::newRow("nagle")
            << u"wire-nagle"_s << QStringList{u"send-burst=ret 20"_s, u"nodelay=ret 0"_s, u"send-burst-nodelay=ret 20"_s}
            << QString();
        QTest::newRow("oob")
            << u"wire-oob"_s
            << QStringList{u"send-oob=ret 1"_s, u"atmark=ret 0"_s, u"recv-normal=\"normal\""_s, u"recv-oob=\"!\""_s}
            << QString();
        QTest::newRow("keep-alive") << u"wire-keepalive"_s << QStringList{u"keepalive=ret 0"_s} << QString();
    }
    void recipeToTheEnd()
    {
        QFETCH(QString, recipe);
        QFETCH(QStringList, expected);
        QFETCH(QString, timeWaitRole);
        const std::vector<LabRecipe> all = labRecipes();
        const LabRecipe* r = recipeById(all, recipe.toStdString());
        QVERIFY(r);
        QVERIFY(!LabMessages::recipeTitle(r->id).startsWith(u"wire-"_s));
        QVERIFY(!LabMessages::recipeSummary(r->id).isEmpty());

        SocketLabService service;
        std::vector<LabSocketRow> rows;
        connect(&service, &SocketLabService::snapshot, this, [&rows](const std::vector<LabSocketRow>& fresh) { rows = fresh; });
        QSignalSpy finished(&service, &SocketLabService::callFinished);
        LabRecipeProgress progress;
        std::map<std::string, LabResult> results; // by step name
        for (std::size_t made = 0; made < r->steps.size(); ++made) {
            const std::size_t next = labRecipeNextStep(*r, progress);
            QCOMPARE(next, made); // in order, each once
            const LabRecipeStep& step = r->steps[next];
            QVERIFY2(!LabMessages::stepText(step.id).isEmpty(), step.id.c_str());
            QVERIFY2(LabMessages::stepTitle(step.id) != QString::fromStdString(step.id.substr(step.id.find('/') + 1))
                         || step.id.find('/') == std::string::npos,
                     step.id.c_str());
            QTRY_VERIFY2_WITH_TIMEOUT((service.refresh(), labRecipeStepEnabled(step, progress, rows)), step.id.c_str(),
                                      10000);
            LabRequest request;
            QVERIFY(labRecipeRequest(step, progress, rows, request));
            if (!request.data.empty()) // the steps' data is typed text with C escapes, as in the field
                request.data = parseEscapes(request.data).bytes;
            const qsizetype before = finished.count();
            service.perform(request);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), before + 1, 10000);
            const LabResult result = finished.last().at(1).value<LabResult>();
            labRecipeRecord(*r, next, result, progress);
            QVERIFY2(progress.done.size() > next && progress.done[next],
                     qPrintable(QString::fromStdString(step.id) + u": "_s + LabMessages::outcome(result) + u" "_s
                                + LabMessages::explanation(result)));
            results[step.id.substr(step.id.find('/') + 1)] = result;
        }
        QCOMPARE(labRecipeNextStep(*r, progress), r->steps.size());

        for (const QString& e : expected) {
            const QString name = e.section(u'=', 0, 0);
            const QString want = e.section(u'=', 1);
            const auto it = results.find(name.toStdString());
            QVERIFY2(it != results.end(), qPrintable(name));
            const LabResult& got = it->second;
            if (want.startsWith(u"ret "_s))
                QCOMPARE(got.ret, want.mid(4).toLong());
            else if (want.startsWith(u'"'))
                QCOMPARE(QString::fromStdString(got.received), want.mid(1).chopped(1));
            else
                QCOMPARE(QString::fromStdString(errnoSymbolOf(got)), want);
        }
        // The side that closed first holds the connection in TIME_WAIT, with no descriptor left.
        if (!timeWaitRole.isEmpty()) {
            const std::string id = progress.roles.at(timeWaitRole.toStdString());
            QTRY_VERIFY_WITH_TIMEOUT((service.refresh(), rowOf(rows, id) && rowOf(rows, id)->state == "TIME_WAIT"), 5000);
        }
        if (recipe == u"wire-linger"_s) {
            service.refresh();
            QTest::qWait(100);
            const LabSocketRow* client = rowOf(rows, progress.roles.at("client"));
            QVERIFY(client && client->state != "TIME_WAIT"); // aborted: nothing lingers
        }
    }

    // Every step of every recipe has a title and words; the wire recipes say what to watch for.
    void everyStepHasWords()
    {
        int hints = 0;
        for (const LabRecipe& r : labRecipes()) {
            QVERIFY2(LabMessages::recipeTitle(r.id) != QString::fromStdString(r.id), r.id.c_str());
            for (const LabRecipeStep& s : r.steps) {
                QVERIFY2(!LabMessages::stepText(s.id).isEmpty(), s.id.c_str());
                hints += LabMessages::stepWireHint(s.id).isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(hints >= 30);
    }

private:
    static std::string errnoSymbolOf(const LabResult& r)
    {
        switch (r.err) {
        case ECONNRESET: return "ECONNRESET";
        case ECONNREFUSED: return "ECONNREFUSED";
        case EINPROGRESS: return "EINPROGRESS";
        case 0: return "0";
        }
        return std::to_string(r.err);
    }
};

QTEST_MAIN(TestLabWireRecipes)
#include "tst_labwirerecipes.moc"

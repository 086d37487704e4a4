// How fast the People list opens and filters with 100,000 people, beside the
// baseline the design notes measured for SQLite on this kind of machine: a
// plain LIKE '%…%' over four unfolded columns of the same rows, run on the
// same file in the same process. Prints milliseconds and the ratio of what a
// keystroke in the search field costs (first page and count) to the baseline. Built with
// -DEXCHANGE_PLANNER_BENCHMARKS=ON; not part of the test run.

#include "domain/searchtext.h"
#include "lists/recordlistmodel.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ep;

namespace {

constexpr int people = 100000;
constexpr int repetitions = 7;

void fill(QSqlDatabase db)
{
    const QStringList first{u"Anna"_qs,  u"Łukasz"_qs, u"Jürgen"_qs, u"Małgorzata"_qs,
                            u"Sören"_qs, u"Käthe"_qs,  u"Paweł"_qs,  u"Agnieszka"_qs};
    const QStringList last{u"Nowak"_qs,    u"Müller"_qs, u"Wójcik"_qs,     u"Schmidt"_qs,
                           u"Kowalska"_qs, u"Groß"_qs,   u"Źródłowska"_qs, u"Becker"_qs};
    Transaction transaction(db);
    PersonRepository repository(db);
    for (int i = 0; i < people; ++i) {
        Person person;
        person.firstName = first[i % 8];
        person.lastName = last[(i / 8) % 8] % QString::number(i);
        person.email = u"p%1@example.org"_qs.arg(i);
        person.city = i % 3 ? u"Essen"_qs : u"Katowice"_qs;
        repository.save(person);
    }
    transaction.commit();
}

// The median of `repetitions` runs of `work`, in milliseconds.
template <typename Work>
double median(Work work)
{
    QList<double> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[repetitions / 2];
}

} // namespace

// The floor the issue names: a trigram FTS5 index over the same folded
// search text, on the same file, giving the first page in the list's order
// and the count. Built once, in the file (a copy: bench_peoplesearch
// DATABASE changes the file it is given).
void buildTrigramIndex(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(u"DROP TABLE IF EXISTS bench_people_fts"_qs);
    query.exec(u"CREATE VIRTUAL TABLE bench_people_fts USING fts5(search_text, content='people',"
               " content_rowid='id', tokenize='trigram')"_qs);
    query.exec(u"INSERT INTO bench_people_fts(bench_people_fts) VALUES ('rebuild')"_qs);
}

double trigramSearch(QSqlDatabase db, const QStringList &words)
{
    // FTS5's trigram index finds words of three letters or more; shorter
    // ones, as the list does, by LIKE.
    QStringList conditions;
    QList<sql::Binding> bindings;
    for (int i = 0; i < words.size(); ++i) {
        const QString name = u":w"_qs % QString::number(i);
        if (words[i].size() >= 3) {
            conditions.append(u"p.id IN (SELECT rowid FROM bench_people_fts WHERE"
                              " bench_people_fts MATCH "_qs %
                              name % u')');
            bindings.append({name, QString(u'"' % words[i] % u'"')});
        } else {
            conditions.append(u"p.search_text LIKE "_qs % name % u" ESCAPE '\\'"_qs);
            bindings.append({name, sql::containsPattern(words[i])});
        }
    }
    const QString where =
        conditions.isEmpty() ? QString() : u" WHERE "_qs % conditions.join(u" AND ");
    return median([&] {
        QSqlQuery page(db);
        page.setForwardOnly(true);
        sql::run(page,
                 u"SELECT p.id, p.last_name, p.first_name, p.email, p.city FROM people p"_qs %
                     where % u" ORDER BY p.sort_name LIMIT 256"_qs,
                 bindings);
        while (page.next()) {
        }
        sql::count(db, u"SELECT count(*) FROM people p"_qs % where, bindings);
    });
}

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QTemporaryDir dir;
    Database database;
    // A generated database (bench_generate) or a team database it was copied
    // into (a postgresql:// URL), or 100,000 people made here.
    const QString given = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (!database.open(given.isEmpty() ? dir.filePath(u"bench.sqlite"_qs) : given).ok())
        return 1;
    QSqlDatabase db = database.connection();
    if (given.isEmpty())
        fill(db);
    // FTS5 is SQLite's; a server is measured against the LIKE baseline alone.
    const bool withFts5 = dialectOf(db) == SqlDialect::SQLite;
    if (withFts5)
        buildTrigramIndex(db);

    std::printf("%-20s %12s %12s %14s %8s %12s %8s\n", "search", "first page", "+ count",
                "baseline LIKE", "ratio", "FTS5 trigram", "ratio");
    for (const QString &typed : {QString(), u"a"_qs, u"lukasz"_qs, u"mueller katowice"_qs,
                                 u"p4711@"_qs, u".4711@"_qs, u"nobody"_qs}) {
        RecordListModel model(ListDefinition::people(), db);
        model.setSearchText(typed);
        const double firstPage = median([&] {
            model.refresh(); // what typing a letter runs
            model.rowCount();
        });
        const double count = median([&] { model.matchingCount(); });
        const QString word = typed.section(u' ', 0, 0);
        const double baseline = median([&] {
            QSqlQuery query(db);
            sql::run(query,
                     u"SELECT id, last_name, first_name, email, city FROM people WHERE "
                     u"first_name LIKE :w OR last_name LIKE :w OR email LIKE :w OR city LIKE :w "
                     u"LIMIT 256"_qs,
                     {{u":w"_qs, sql::containsPattern(word)}});
            while (query.next()) {
            }
        });
        const double trigram = withFts5 ? trigramSearch(db, searchWords(typed)) : qQNaN();
        std::printf("%-20s %9.1f ms %9.1f ms %11.1f ms %8.2f %9.1f ms %8.1f\n",
                    qPrintable(typed.isEmpty() ? u"(all)"_qs : typed), firstPage, count, baseline,
                    (firstPage + count) / baseline, trigram, (firstPage + count) / trigram);
    }
    return 0;
}

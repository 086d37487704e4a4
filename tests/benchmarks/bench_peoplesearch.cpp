// How fast the People list opens and filters with 100,000 people, beside the
// baseline the design notes measured for SQLite on this kind of machine: a
// plain LIKE '%…%' over four unfolded columns of the same rows, run on the
// same file in the same process. Prints milliseconds and the ratio of what a
// keystroke in the search field costs (first page and count) to the baseline. Built with
// -DEXCHANGE_PLANNER_BENCHMARKS=ON; not part of the test run.

#include "lists/recordlistmodel.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
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

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QTemporaryDir dir;
    Database database;
    if (!database.open(dir.filePath(u"bench.sqlite"_qs)).ok())
        return 1;
    QSqlDatabase db = database.connection();
    fill(db);

    std::printf("%-20s %12s %12s %14s %8s\n", "search", "first page", "+ count", "baseline LIKE",
                "ratio");
    for (const QString &typed :
         {QString(), u"lukasz"_qs, u"mueller katowice"_qs, u"p4711@"_qs, u"nobody"_qs}) {
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
        std::printf("%-20s %9.1f ms %9.1f ms %11.1f ms %8.2f\n",
                    qPrintable(typed.isEmpty() ? u"(all)"_qs : typed), firstPage, count, baseline,
                    (firstPage + count) / baseline);
    }
    return 0;
}

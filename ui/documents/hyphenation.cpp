#include "documents/hyphenation.h"

#include <QFile>
#include <QStringEncoder>
#include <QThreadPool>

#include <cstdio>
#include <hyphen.h>

namespace ep {

struct Hyphenation::Patterns
{
    HyphenDict *dictionary = nullptr;
    QByteArray encoding; // of the patterns, as their file's first line names it
};

namespace {

QString resourceOf(Language language)
{
    return u":/hyphenation/hyph_"_qs % languageCode(language) % u".dic";
}

} // namespace

Hyphenation::Hyphenation(Language language)
    : m_patterns(std::make_unique<Patterns>())
{
    QFile file(resourceOf(language));
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray bytes = file.readAll();
    // libhyphen reads a FILE: the embedded bytes opened as one.
    if (FILE *stream = fmemopen(bytes.data(), size_t(bytes.size()), "r")) {
        m_patterns->dictionary = hnj_hyphen_load_file(stream);
        std::fclose(stream);
    }
    if (m_patterns->dictionary)
        m_patterns->encoding = QByteArray(m_patterns->dictionary->cset).trimmed();
}

Hyphenation::~Hyphenation()
{
    if (m_patterns->dictionary)
        hnj_hyphen_free(m_patterns->dictionary);
}

const Hyphenation &Hyphenation::of(Language language)
{
    // Each language's patterns are read when first needed (German's are 1 MB).
    switch (language) {
    case Language::German: {
        static const Hyphenation german(Language::German);
        return german;
    }
    case Language::Polish: {
        static const Hyphenation polish(Language::Polish);
        return polish;
    }
    case Language::English:
        break;
    }
    static const Hyphenation english(Language::English);
    return english;
}

void Hyphenation::prepare(Language language)
{
    QThreadPool::globalInstance()->start([language] { of(language); });
}

QList<int> Hyphenation::breaks(const QString &word) const
{
    if (!m_patterns->dictionary || word.size() < 4)
        return {};
    // The word in the patterns' encoding, remembering which character each
    // byte belongs to (UTF-8 takes several for one letter).
    QStringEncoder encoder(m_patterns->encoding.constData());
    if (!encoder.isValid())
        return {};
    QByteArray bytes;
    QList<int> characterOfByte;
    const QString lower = word.toLower();
    for (int index = 0; index < lower.size(); ++index) {
        const QByteArray encoded = encoder.encode(QStringView(lower).mid(index, 1));
        if (encoder.hasError() || encoded.isEmpty())
            return {}; // a letter the language does not write
        bytes += encoded;
        for (qsizetype byte = 0; byte < encoded.size(); ++byte)
            characterOfByte.append(index);
    }
    QByteArray hyphens(bytes.size() + 5, '\0');
    char **replacements = nullptr;
    int *positions = nullptr;
    int *cuts = nullptr;
    const int failed =
        hnj_hyphen_hyphenate2(m_patterns->dictionary, bytes.constData(), int(bytes.size()),
                              hyphens.data(), nullptr, &replacements, &positions, &cuts);
    if (replacements) { // non-standard hyphenation ("Schiff=fahrt"): taken as a plain break
        for (qsizetype byte = 0; byte < bytes.size(); ++byte)
            std::free(replacements[byte]);
        std::free(replacements);
        std::free(positions);
        std::free(cuts);
    }
    if (failed)
        return {};
    QList<int> result;
    for (qsizetype byte = 0; byte + 1 < bytes.size(); ++byte) {
        // An odd number after a byte: a break after the character it ends.
        const bool endsCharacter = characterOfByte[byte + 1] != characterOfByte[byte];
        if ((hyphens[byte] & 1) && endsCharacter)
            result.append(characterOfByte[byte] + 1);
    }
    return result;
}

} // namespace ep

package org.tiegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** User text never speaks Lucene syntax, and exact-match normalisation folds what it should. */
class FullTextQueryTest {

    private static final String ALPHABET = "abcXYZ 09-+&|!(){}[]^\"~*?:\\/ANDORNOT’é.,'\t";

    private static Query parse(String lucene) throws Exception {
        return new MultiFieldQueryParser(new String[] {"name", "searchText"}, new StandardAnalyzer()).parse(lucene);
    }

    @Test
    void anyTextBuildsAQueryTheClassicParserAccepts() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(25);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String lucene = FullTextQuery.build(text.toString());
            if (lucene != null) {
                assertThatCode(() -> parse(lucene)).as("text %s -> %s", text, lucene).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void operatorsInUserTextStayWords() throws Exception {
        Query q = parse(FullTextQuery.build("China AND NOT Russia"));
        assertThat(q.toString()).contains("not").doesNotContain("-");
    }

    @Test
    void specialCharactersAreEscaped() {
        assertThat(FullTextQuery.escape("a:b*(c)")).isEqualTo("a\\:b\\*\\(c\\)");
        assertThat(FullTextQuery.build("   ")).isNull();
        assertThat(FullTextQuery.build(null)).isNull();
    }

    @Test
    void wordsAreSplitAndFoldedLikeTheIndexAnalyser() {
        assertThat(FullTextQuery.words("Garpiya-3 Türkiye")).containsExactly("garpiya", "3", "turkiye");
        assertThat(FullTextQuery.build("Garpiya-3")).contains("(garpiya AND 3*)^2");
    }

    @Test
    void normalisationFoldsCaseQuotesDashesAndPunctuation() {
        assertThat(FullTextQuery.normalise("People’s  Republic of China"))
                .isEqualTo(FullTextQuery.normalise("people's republic of china"));
        assertThat(FullTextQuery.normalise("U.S.")).isEqualTo("us");
        assertThat(FullTextQuery.normalise("Sino\u2013Russian")).isEqualTo("sino-russian");
        assertThat(FullTextQuery.normalise("China")).isNotEqualTo(FullTextQuery.normalise("Chinese"));
    }

    /** The one-pass normalisation agrees with its definition written as regular expressions, on random text. */
    @Test
    void normaliseAgreesWithItsRegularExpressionDefinition() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZé \t\n\r\u000B\f'\"\u2018\u2019\u201c\u201d.,;:()-\u2010\u2013\u2015\u00a0\ufb01İ1";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String n = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                    .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                    .replaceAll("[\\u2010-\\u2015]", "-").replaceAll("[\"'.,;:()]", "");
            String expected = n.replaceAll("\\s+", " ").strip();
            assertThat(FullTextQuery.normalise(text.toString())).as("normalise(%s)", text).isEqualTo(expected);
        }
    }
}

package io.credence.nlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import io.credence.text.Sentence;
import io.credence.text.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Segments article text into sentences and tokens with Spark NLP's rule-based SentenceDetector and Tokenizer.
 * The annotators are built and fitted once on the driver, shipped to executors in the closure, and their logic is
 * called directly per article, so no annotation columns are ever materialised.
 */
public final class ArticleSegmenter implements Serializable {

  private final SentenceDetector sentenceDetector;
  private final TokenizerModel tokenizer;

  private ArticleSegmenter(SentenceDetector sentenceDetector, TokenizerModel tokenizer) {
    this.sentenceDetector = sentenceDetector;
    this.tokenizer = tokenizer;
  }

  /** Builds the annotators on the driver; the Tokenizer is fitted on an empty frame (it learns nothing from data). */
  public static ArticleSegmenter create(SparkSession spark) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");

    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");

    Tokenizer tokens = new Tokenizer();
    tokens.setInputCols(new String[] {"sentence"});
    tokens.setOutputCol("token");

    StructType schema = new StructType().add("text", DataTypes.StringType);
    Dataset<Row> empty = spark.createDataFrame(List.<Row>of(RowFactory.create("")), schema).limit(0);
    TokenizerModel tokenizer = tokens.fit(sentences.transform(document.transform(empty)));
    return new ArticleSegmenter(sentences, tokenizer);
  }

  /** The sentences of {@code text} with their tokens; offsets index into {@code text}, ends exclusive. */
  public List<Sentence> segment(String text) {
    com.johnsnowlabs.nlp.annotators.common.Sentence[] detected = sentenceDetector.tag(text);
    List<com.johnsnowlabs.nlp.annotators.common.Sentence> nonEmpty = new ArrayList<>(detected.length);
    for (com.johnsnowlabs.nlp.annotators.common.Sentence s : detected) {
      if (!s.content().isBlank()) {
        nonEmpty.add(
            new com.johnsnowlabs.nlp.annotators.common.Sentence(
                s.content(), s.start(), s.end(), nonEmpty.size(), scala.Option.empty()));
      }
    }
    Seq<TokenizedSentence> tokenized = tokenizer.tag(JavaConverters.asScalaBuffer(nonEmpty).toSeq());
    List<Sentence> out = new ArrayList<>(nonEmpty.size());
    List<TokenizedSentence> tokenizedList = JavaConverters.seqAsJavaList(tokenized);
    for (int i = 0; i < nonEmpty.size(); i++) {
      com.johnsnowlabs.nlp.annotators.common.Sentence s = nonEmpty.get(i);
      IndexedToken[] indexed = i < tokenizedList.size() ? tokenizedList.get(i).indexedTokens() : new IndexedToken[0];
      List<Token> tokens = new ArrayList<>(indexed.length);
      for (IndexedToken t : indexed) {
        tokens.add(new Token(t.token(), t.begin(), t.end() + 1));
      }
      out.add(new Sentence(i, s.content(), s.start(), s.end() + 1, tokens));
    }
    return out;
  }
}

#include "dpkjsonschemavalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace
{
DpkJsonSchemaValidator validatorFor( const char *schema )
{
  const DpkResult<DpkJsonSchemaValidator> result = DpkJsonSchemaValidator::fromJson(
      QByteArray( schema ), QStringLiteral( "test.schema.json" ) );
  EXPECT_TRUE( result.isOk() ) << result.error().toStdString();
  return result.value();
}

QJsonValue json( const char *text )
{
  // Wrapped in an array so that scalars parse too.
  const QJsonDocument document =
      QJsonDocument::fromJson( QByteArray( "[" ) + QByteArray( text ) + QByteArray( "]" ) );
  EXPECT_TRUE( document.isArray() ) << text;
  return document.array().first();
}

QStringList problemsOf( const char *schema, const char *document )
{
  return validatorFor( schema ).validate( json( document ), QStringLiteral( "catalogue.json" ) );
}

const char *const INDICATORS_SCHEMA = R"({
  "type": "object",
  "required": ["indicators"],
  "additionalProperties": false,
  "properties": {
    "indicators": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/indicator"}}
  },
  "$defs": {
    "indicator": {
      "type": "object",
      "required": ["id", "minimumGroup"],
      "additionalProperties": false,
      "properties": {
        "id": {"type": "string", "pattern": "^[a-z_]+$"},
        "minimumGroup": {"type": "integer", "minimum": 1},
        "share": {"type": "number", "minimum": 0, "maximum": 100},
        "unit": {"enum": ["points", "percent"]},
        "version": {"const": 1},
        "name": {"type": "string", "minLength": 1},
        "shown": {"type": "boolean"}
      }
    }
  }
})";
} // namespace

TEST( DpkJsonSchemaValidator, AcceptsAValidDocument )
{
  EXPECT_TRUE( problemsOf( INDICATORS_SCHEMA,
                           R"({"indicators": [{"id": "meritvarde", "minimumGroup": 10,
                               "share": 99.5, "unit": "points", "version": 1, "name": "x",
                               "shown": true}]})" )
                   .isEmpty() );
}

TEST( DpkJsonSchemaValidator, NamesFileFieldExpectationAndFoundValue )
{
  const QStringList problems =
      problemsOf( INDICATORS_SCHEMA, R"({"indicators": [{"id": "a", "minimumGroup": 10},
                  {"id": "b", "minimumGroup": 10}, {"id": "c", "minimumGroup": 10},
                  {"id": "d", "minimumGroup": "ten"}]})" );
  ASSERT_EQ( problems.size(), 1 ) << problems.join( QLatin1Char( '\n' ) ).toStdString();
  EXPECT_EQ( problems.first(), QStringLiteral( "catalogue.json: /indicators/3/minimumGroup: "
                                               "expected an integer ≥ 1, found \"ten\"" ) );
}

TEST( DpkJsonSchemaValidator, ReportsNumbersOutsideTheirBounds )
{
  const QStringList problems = problemsOf(
      INDICATORS_SCHEMA, R"({"indicators": [{"id": "a", "minimumGroup": 0, "share": 100.5}]})" );
  ASSERT_EQ( problems.size(), 2 );
  EXPECT_TRUE( problems.contains( QStringLiteral(
      "catalogue.json: /indicators/0/minimumGroup: expected an integer ≥ 1, found 0" ) ) );
  EXPECT_TRUE( problems.contains( QStringLiteral(
      "catalogue.json: /indicators/0/share: expected a number from 0 to 100, found 100.5" ) ) );
}

TEST( DpkJsonSchemaValidator, RefusesAFractionWhereAnIntegerIsExpected )
{
  const QStringList problems =
      problemsOf( INDICATORS_SCHEMA, R"({"indicators": [{"id": "a", "minimumGroup": 2.5}]})" );
  ASSERT_EQ( problems.size(), 1 );
  EXPECT_TRUE( problems.first().endsWith( QStringLiteral( "found 2.5" ) ) );
}

TEST( DpkJsonSchemaValidator, NamesUnknownKeysAndTheAllowedOnes )
{
  const QStringList problems = problemsOf(
      INDICATORS_SCHEMA, R"({"indicators": [{"id": "a", "minimumGroup": 10, "colour": "red"}]})" );
  ASSERT_EQ( problems.size(), 1 );
  EXPECT_TRUE( problems.first().startsWith(
      QStringLiteral( "catalogue.json: /indicators/0/colour: unknown key" ) ) );
  EXPECT_TRUE( problems.first().contains( QStringLiteral( "minimumGroup" ) ) );
}

TEST( DpkJsonSchemaValidator, NamesMissingRequiredKeys )
{
  const QStringList problems = problemsOf( INDICATORS_SCHEMA, R"({"indicators": [{"id": "a"}]})" );
  ASSERT_EQ( problems.size(), 1 );
  EXPECT_EQ( problems.first(), QStringLiteral( "catalogue.json: /indicators/0: missing the "
                                               "required key \"minimumGroup\"" ) );
  EXPECT_EQ( problemsOf( INDICATORS_SCHEMA, "{}" ).value( 0 ),
             QStringLiteral( "catalogue.json: top level: missing the required key "
                             "\"indicators\"" ) );
}

TEST( DpkJsonSchemaValidator, ChecksEnumConstPatternLengthAndItemCount )
{
  const QStringList problems = problemsOf(
      INDICATORS_SCHEMA, R"({"indicators": [{"id": "Merit", "minimumGroup": 10, "unit": "pct",
                          "version": 2, "name": "", "shown": "yes"}]})" );
  const QString all = problems.join( QLatin1Char( '\n' ) );
  ASSERT_EQ( problems.size(), 5 ) << all.toStdString();
  EXPECT_TRUE( all.contains( QStringLiteral(
      "/indicators/0/id: expected a string matching ^[a-z_]+$, found \"Merit\"" ) ) );
  EXPECT_TRUE( all.contains( QStringLiteral(
      "/indicators/0/unit: expected one of \"points\", \"percent\", found \"pct\"" ) ) );
  EXPECT_TRUE( all.contains( QStringLiteral( "/indicators/0/version: expected 1, found 2" ) ) );
  EXPECT_TRUE(
      all.contains( QStringLiteral( "/indicators/0/name: expected a non-empty string" ) ) );
  EXPECT_TRUE( all.contains(
      QStringLiteral( "/indicators/0/shown: expected true or false, found \"yes\"" ) ) );

  EXPECT_EQ( problemsOf( INDICATORS_SCHEMA, R"({"indicators": []})" ).value( 0 ),
             QStringLiteral( "catalogue.json: /indicators: expected at least 1 items, found 0" ) );
}

TEST( DpkJsonSchemaValidator, ReportsAWrongTypeOnceAndTheRestOfTheDocument )
{
  const QStringList problems = problemsOf(
      INDICATORS_SCHEMA, R"({"indicators": [[1, 2], {"id": "b", "minimumGroup": -1}]})" );
  ASSERT_EQ( problems.size(), 2 ) << problems.join( QLatin1Char( '\n' ) ).toStdString();
  EXPECT_EQ( problems.at( 0 ),
             QStringLiteral( "catalogue.json: /indicators/0: expected an object, found [1,2]" ) );
  EXPECT_TRUE( problems.at( 1 ).contains( QStringLiteral( "/indicators/1/minimumGroup" ) ) );
}

TEST( DpkJsonSchemaValidator, EscapesKeysInPointers )
{
  EXPECT_EQ(
      DpkJsonSchemaValidator::childPointer( QStringLiteral( "/a" ), QStringLiteral( "b/c~d" ) ),
      QStringLiteral( "/a/b~1c~0d" ) );
}

TEST( DpkJsonSchemaValidator, RefusesSchemasWithKeywordsItWouldIgnore )
{
  const DpkResult<DpkJsonSchemaValidator> result = DpkJsonSchemaValidator::fromJson(
      QByteArray( R"({"type": "object", "properties": {"a": {"oneOf": []}}})" ),
      QStringLiteral( "test.schema.json" ) );
  ASSERT_FALSE( result.isOk() );
  EXPECT_EQ( result.error(), QStringLiteral( "test.schema.json: /properties/a: unsupported "
                                             "keyword \"oneOf\"" ) );
}

TEST( DpkJsonSchemaValidator, RefusesReferencesToMissingDefinitions )
{
  const DpkResult<DpkJsonSchemaValidator> result =
      DpkJsonSchemaValidator::fromJson( QByteArray( R"({"items": {"$ref": "#/$defs/nothing"}})" ),
                                        QStringLiteral( "test.schema.json" ) );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith( QStringLiteral( "test.schema.json: /items/$ref:" ) ) );
  EXPECT_TRUE( result.error().contains( QStringLiteral( "#/$defs/nothing" ) ) );
}

TEST( DpkJsonSchemaValidator, RefusesASchemaThatIsNotJson )
{
  const DpkResult<DpkJsonSchemaValidator> result = DpkJsonSchemaValidator::fromJson(
      QByteArray( "{\"type\": " ), QStringLiteral( "broken.schema.json" ) );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().startsWith( QStringLiteral( "broken.schema.json:" ) ) );
}

TEST( DpkJsonSchemaValidator, ProjectSchemaUsesOnlySupportedKeywords )
{
  QFile file( QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/catalogue.schema.json" ) );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) ) << file.fileName().toStdString();
  const DpkResult<DpkJsonSchemaValidator> result =
      DpkJsonSchemaValidator::fromJson( file.readAll(), file.fileName() );
  EXPECT_TRUE( result.isOk() ) << result.error().toStdString();
}

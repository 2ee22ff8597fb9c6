#include "dpkvalue.h"

#include <gtest/gtest.h>

namespace
{
DpkValue parsed( const char *text )
{
  const DpkResult<DpkValue> result = DpkValue::parse( QString::fromUtf8( text ) );
  EXPECT_TRUE( result.isOk() ) << text << ": " << result.error().toStdString();
  return result.isOk() ? result.value() : DpkValue();
}
} // namespace

TEST( DpkValue, ReadsDecimalCommaAndPoint )
{
  EXPECT_DOUBLE_EQ( parsed( "93,5" ).number(), 93.5 );
  EXPECT_DOUBLE_EQ( parsed( "93.5" ).number(), 93.5 );
  EXPECT_DOUBLE_EQ( parsed( "302" ).number(), 302.0 );
  EXPECT_EQ( parsed( "302" ).status(), DpkValue::Status::Exists );
}

TEST( DpkValue, ReadsSpaceAsThousandsSeparator )
{
  EXPECT_DOUBLE_EQ( parsed( "1 234" ).number(), 1234.0 );
  EXPECT_DOUBLE_EQ( parsed( "1\u00a0234,5" ).number(), 1234.5 );
}

TEST( DpkValue, ReadsNegativeDeviations )
{
  EXPECT_DOUBLE_EQ( parsed( "-12,3" ).number(), -12.3 );
  EXPECT_DOUBLE_EQ( parsed( "\u221212,3" ).number(), -12.3 );
}

TEST( DpkValue, KeepsEveryMarkWithoutANumber )
{
  const std::pair<const char *, DpkValue::Status> marks[] = {
      { "..", DpkValue::Status::SuppressedFewPupils },
      { ".", DpkValue::Status::Missing },
      { "-", DpkValue::Status::NotSet },
      { "~100", DpkValue::Status::RoundedNear100 },
      { "*", DpkValue::Status::NotApplicable },
  };
  for ( const auto &[ text, status ] : marks )
  {
    const DpkValue value = parsed( text );
    EXPECT_EQ( value.status(), status ) << text;
    EXPECT_FALSE( value.hasNumber() ) << text << " must never become a number";
    EXPECT_EQ( value.sourceText(), QString::fromUtf8( text ) );
  }
}

TEST( DpkValue, NearHundredIsNotHundred )
{
  const DpkValue near = parsed( "~100" );
  EXPECT_NE( near, DpkValue::fromNumber( 100.0 ) );
  EXPECT_FALSE( near.hasNumber() );
}

TEST( DpkValue, ReadsApproximateCounts )
{
  const DpkValue value = parsed( "cirka 530" );
  EXPECT_EQ( value.status(), DpkValue::Status::Approximate );
  ASSERT_TRUE( value.hasNumber() );
  EXPECT_DOUBLE_EQ( value.number(), 530.0 );
  EXPECT_DOUBLE_EQ( parsed( "Cirka 1 230" ).number(), 1230.0 );
}

TEST( DpkValue, RejectsTextThatIsNeitherNumberNorMark )
{
  for ( const char *text : { "abc", "12,3,4", "...", "~90", "cirka", "1e5" } )
  {
    const DpkResult<DpkValue> result = DpkValue::parse( QString::fromUtf8( text ) );
    EXPECT_FALSE( result.isOk() ) << text;
    EXPECT_TRUE( result.error().contains( QString::fromUtf8( text ) ) ) << text;
  }
}

TEST( DpkValue, ReadsApiValueTypes )
{
  const DpkResult<DpkValue> omitted = DpkValue::parseApi(
      QStringLiteral( ".." ), QStringLiteral( "OMITTED_DUE_TO_BASED_ON_FEW_PUPILS" ) );
  ASSERT_TRUE( omitted.isOk() );
  EXPECT_EQ( omitted.value().status(), DpkValue::Status::SuppressedFewPupils );

  const DpkResult<DpkValue> missing = DpkValue::parseApi( QString(), QStringLiteral( "MISSING" ) );
  ASSERT_TRUE( missing.isOk() );
  EXPECT_EQ( missing.value().status(), DpkValue::Status::Missing );

  const DpkResult<DpkValue> teachers =
      DpkValue::parseApi( QStringLiteral( "*" ),
                          QStringLiteral( "TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION" ) );
  EXPECT_EQ( teachers.value().status(), DpkValue::Status::NotApplicable );

  const DpkResult<DpkValue> rounded = DpkValue::parseApi(
      QStringLiteral( "~100" ), QStringLiteral( "ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE" ) );
  EXPECT_EQ( rounded.value().status(), DpkValue::Status::RoundedNear100 );

  const DpkResult<DpkValue> merit =
      DpkValue::parseApi( QStringLiteral( "264,0" ), QStringLiteral( "EXISTS" ) );
  EXPECT_DOUBLE_EQ( merit.value().number(), 264.0 );

  const DpkResult<DpkValue> pupils =
      DpkValue::parseApi( QStringLiteral( "cirka 530" ), QStringLiteral( "EXISTS" ) );
  EXPECT_EQ( pupils.value().status(), DpkValue::Status::Approximate );
}

TEST( DpkValue, RejectsUnknownApiValueType )
{
  const DpkResult<DpkValue> result =
      DpkValue::parseApi( QStringLiteral( "1" ), QStringLiteral( "GUESSED" ) );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().contains( QStringLiteral( "GUESSED" ) ) );
}

TEST( DpkValue, StatusKeysRoundTrip )
{
  for ( const DpkValue::Status status : DpkValue::allStatuses() )
  {
    const QString key = DpkValue::statusKey( status );
    EXPECT_FALSE( key.isEmpty() );
    ASSERT_TRUE( DpkValue::statusFromKey( key ).has_value() ) << key.toStdString();
    EXPECT_EQ( *DpkValue::statusFromKey( key ), status );
    EXPECT_FALSE( DpkValue::statusDescription( status ).isEmpty() );
  }
  EXPECT_FALSE( DpkValue::statusFromKey( QStringLiteral( "zero" ) ).has_value() );
}

TEST( DpkValue, AnApproximateCountReadBackEqualsTheParsedOne )
{
  const DpkResult<DpkValue> parsed = DpkValue::parse( QStringLiteral( "cirka 530" ) );
  ASSERT_TRUE( parsed.isOk() );
  const DpkValue readBack = DpkValue::fromApproximateNumber( 530 );
  EXPECT_EQ( readBack.status(), DpkValue::Status::Approximate );
  EXPECT_TRUE( readBack.hasNumber() );
  EXPECT_DOUBLE_EQ( readBack.number(), 530.0 );
  EXPECT_EQ( readBack, parsed.value() );
}

#include "dpksuppression.h"

#include <gtest/gtest.h>

namespace
{
const DpkPeriod PERIOD( 2024 );

DpkIndicator merit( int minimumGroup )
{
  DpkIndicator indicator;
  indicator.id = QStringLiteral( "meritvarde" );
  indicator.weightIndicator = QStringLiteral( "elever_ak9" );
  indicator.minimumGroup = minimumGroup;
  return indicator;
}

DpkSchool school( const char *merit, const char *pupils )
{
  DpkSchool school;
  school.code = QStringLiteral( "12345678" );
  school.values[ QStringLiteral( "meritvarde" ) ].insert(
      PERIOD, DpkValue::parse( QString::fromUtf8( merit ) ).value() );
  school.values[ QStringLiteral( "elever_ak9" ) ].insert(
      PERIOD, DpkValue::parse( QString::fromUtf8( pupils ) ).value() );
  return school;
}
} // namespace

TEST( DpkSuppression, ShowsAFigureOnEnoughPupils )
{
  const DpkValue shown = DpkSuppression::shownValue( merit( 10 ), school( "231,5", "24" ), PERIOD );
  ASSERT_TRUE( shown.hasNumber() );
  EXPECT_DOUBLE_EQ( shown.number(), 231.5 );
}

TEST( DpkSuppression, SuppressesBelowTheIndicatorsMinimumGroup )
{
  const DpkValue shown = DpkSuppression::shownValue( merit( 20 ), school( "231,5", "15" ), PERIOD );
  EXPECT_EQ( shown.status(), DpkValue::Status::SuppressedFewPupils );
  EXPECT_FALSE( shown.hasNumber() );
}

TEST( DpkSuppression, SuppressesWhenTheGroupIsUnknownAndTheMinimumIsStricterThanSkolverkets )
{
  EXPECT_EQ( DpkSuppression::shownValue( merit( 15 ), school( "231,5", "." ), PERIOD ).status(),
             DpkValue::Status::SuppressedFewPupils );
  EXPECT_TRUE(
      DpkSuppression::shownValue( merit( 10 ), school( "231,5", "." ), PERIOD ).hasNumber() );
}

TEST( DpkSuppression, SuppressesAFigureWhosePupilCountIsSuppressed )
{
  // ".." in the count says fewer pupils than Skolverket publishes, so the figure rests on too
  // few pupils even where it was published; the areas leave it out for the same reason.
  const DpkValue shown = DpkSuppression::shownValue( merit( 10 ), school( "294,1", ".." ), PERIOD );
  EXPECT_EQ( shown.status(), DpkValue::Status::SuppressedFewPupils );
  EXPECT_FALSE( shown.hasNumber() );
}

TEST( DpkSuppression, KeepsSkolverketsMarks )
{
  EXPECT_EQ( DpkSuppression::shownValue( merit( 10 ), school( "~100", "40" ), PERIOD ).status(),
             DpkValue::Status::RoundedNear100 );
  EXPECT_EQ( DpkSuppression::shownValue( merit( 10 ), school( ".", "40" ), PERIOD ).status(),
             DpkValue::Status::Missing );
}

TEST( DpkSuppression, SuppressesSmallCounts )
{
  DpkIndicator pupils;
  pupils.id = QStringLiteral( "elever_ak9" );
  pupils.minimumGroup = 20;
  EXPECT_EQ( DpkSuppression::shownValue( pupils, school( "1", "12" ), PERIOD ).status(),
             DpkValue::Status::SuppressedFewPupils );
  EXPECT_DOUBLE_EQ( DpkSuppression::shownValue( pupils, school( "1", "25" ), PERIOD ).number(),
                    25.0 );
}

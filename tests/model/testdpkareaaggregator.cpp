#include "dpkareaaggregator.h"

#include <gtest/gtest.h>

namespace
{
const DpkPeriod PERIOD( 2024 );

DpkIndicator shareIndicator()
{
  DpkIndicator indicator;
  indicator.id = QStringLiteral( "behorig_yrkes" );
  indicator.minimum = 0.0;
  indicator.maximum = 100.0;
  indicator.weightIndicator = QStringLiteral( "elever_ak9" );
  indicator.minimumGroup = 10;
  return indicator;
}

DpkIndicator countIndicator()
{
  DpkIndicator indicator;
  indicator.id = QStringLiteral( "elever_ak9" );
  indicator.minimum = 0.0;
  indicator.maximum = 100000.0;
  indicator.minimumGroup = 10;
  return indicator;
}

DpkSchool school( const char *code, const char *share, const char *pupils )
{
  DpkSchool school;
  school.code = QString::fromLatin1( code );
  school.name = QStringLiteral( "Skola %1" ).arg( school.code );
  school.values[ QStringLiteral( "behorig_yrkes" ) ].insert(
      PERIOD, DpkValue::parse( QString::fromUtf8( share ) ).value() );
  school.values[ QStringLiteral( "elever_ak9" ) ].insert(
      PERIOD, DpkValue::parse( QString::fromUtf8( pupils ) ).value() );
  return school;
}
} // namespace

TEST( DpkAreaAggregator, WeighsSharesByPupils )
{
  DpkAreaAggregator aggregator( shareIndicator(), PERIOD );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000001", "90", "100" ) );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000002", "60", "20" ) );

  const DpkAreaFigure figure = aggregator.figure( QStringLiteral( "A" ) );
  ASSERT_TRUE( figure.value.hasNumber() );
  // (90 * 100 + 60 * 20) / 120, not the unweighted (90 + 60) / 2.
  EXPECT_DOUBLE_EQ( figure.value.number(), 85.0 );
  EXPECT_DOUBLE_EQ( figure.pupils, 120.0 );
  EXPECT_EQ( figure.includedSchools.size(), 2 );
  EXPECT_FALSE( figure.estimated );
}

TEST( DpkAreaAggregator, LeavesOutSuppressedSchoolsAndSaysWhy )
{
  DpkAreaAggregator aggregator( shareIndicator(), PERIOD );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000001", "80", "50" ) );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000002", "..", "8" ) );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000003", "70", ".." ) );

  const DpkAreaFigure figure = aggregator.figure( QStringLiteral( "A" ) );
  EXPECT_DOUBLE_EQ( figure.value.number(), 80.0 );
  EXPECT_DOUBLE_EQ( figure.pupils, 50.0 );
  ASSERT_EQ( figure.excludedSchools.size(), 2 );
  EXPECT_EQ( figure.excludedSchools.at( 0 ).code, QStringLiteral( "10000002" ) );
  EXPECT_FALSE( figure.excludedSchools.at( 0 ).reason.isEmpty() );
  EXPECT_EQ( figure.excludedSchools.at( 1 ).code, QStringLiteral( "10000003" ) );
}

TEST( DpkAreaAggregator, SuppressesAnAreaBelowTheMinimumGroup )
{
  DpkAreaAggregator aggregator( shareIndicator(), PERIOD );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000001", "75", "9" ) );

  const DpkAreaFigure figure = aggregator.figure( QStringLiteral( "A" ) );
  EXPECT_EQ( figure.value.status(), DpkValue::Status::SuppressedFewPupils );
  EXPECT_FALSE( figure.value.hasNumber() );
}

TEST( DpkAreaAggregator, NearHundredEntersAsItsIntervalMidpointAndMarksTheFigureEstimated )
{
  DpkAreaAggregator aggregator( shareIndicator(), PERIOD );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000001", "~100", "50" ) );

  const DpkAreaFigure figure = aggregator.figure( QStringLiteral( "A" ) );
  // 1 to 4 of 50 pupils not eligible: between 92 % and 98 %, midpoint 95 %.
  EXPECT_DOUBLE_EQ( figure.value.number(), 95.0 );
  EXPECT_TRUE( figure.estimated );
}

TEST( DpkAreaAggregator, SumsCounts )
{
  DpkAreaAggregator aggregator( countIndicator(), PERIOD );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000001", "1", "40" ) );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000002", "1", "25" ) );
  aggregator.addSchool( QStringLiteral( "B" ), school( "10000003", "1", "5" ) );

  EXPECT_DOUBLE_EQ( aggregator.figure( QStringLiteral( "A" ) ).value.number(), 65.0 );
  EXPECT_EQ( aggregator.figure( QStringLiteral( "B" ) ).value.status(),
             DpkValue::Status::SuppressedFewPupils );
}

TEST( DpkAreaAggregator, AnAreaWithoutSchoolsHasNoFigure )
{
  DpkAreaAggregator aggregator( shareIndicator(), PERIOD );
  EXPECT_EQ( aggregator.figure( QStringLiteral( "Z" ) ).value.status(), DpkValue::Status::Missing );

  aggregator.addSchool( QStringLiteral( "A" ), school( "10000001", ".", "40" ) );
  const DpkAreaFigure figure = aggregator.figure( QStringLiteral( "A" ) );
  EXPECT_EQ( figure.value.status(), DpkValue::Status::Missing );
  EXPECT_EQ( figure.excludedSchools.size(), 1 );
}

TEST( DpkAreaAggregator, ReportsValuesOutsideTheValidRange )
{
  DpkAreaAggregator aggregator( shareIndicator(), PERIOD );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000001", "140", "40" ) );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000002", "50", "40" ) );

  const DpkAreaFigure figure = aggregator.figure( QStringLiteral( "A" ) );
  EXPECT_DOUBLE_EQ( figure.value.number(), 50.0 );
  ASSERT_EQ( figure.excludedSchools.size(), 1 );
  EXPECT_TRUE( figure.excludedSchools.first().reason.contains( QStringLiteral( "140" ) ) );
}

TEST( DpkAreaAggregator, LeavesOutASchoolFigureThePrivacyRuleHides )
{
  // Skolverket would not publish a figure on 5 pupils, but another source might: if it entered
  // the area's figure, comparing the area with and without it would give it away.
  DpkAreaAggregator aggregator( shareIndicator(), PERIOD );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000001", "80", "50" ) );
  aggregator.addSchool( QStringLiteral( "A" ), school( "10000002", "20", "5" ) );

  const DpkAreaFigure figure = aggregator.figure( QStringLiteral( "A" ) );
  EXPECT_DOUBLE_EQ( figure.value.number(), 80.0 );
  EXPECT_DOUBLE_EQ( figure.pupils, 50.0 );
  ASSERT_EQ( figure.excludedSchools.size(), 1 );
  EXPECT_EQ( figure.excludedSchools.first().code, QStringLiteral( "10000002" ) );
}

TEST( DpkAreaAggregator, AnAreaWhoseOnlySchoolIsSuppressedIsSuppressedWhateverItsCount )
{
  // The figure and the pupil count both "..": the area is suppressed, as with a published count.
  DpkAreaAggregator both( shareIndicator(), PERIOD );
  both.addSchool( QStringLiteral( "A" ), school( "10000001", "..", ".." ) );
  EXPECT_EQ( both.figure( QStringLiteral( "A" ) ).value.status(),
             DpkValue::Status::SuppressedFewPupils );

  DpkAreaAggregator countOnly( shareIndicator(), PERIOD );
  countOnly.addSchool( QStringLiteral( "A" ), school( "10000001", "..", "8" ) );
  EXPECT_EQ( countOnly.figure( QStringLiteral( "A" ) ).value.status(),
             DpkValue::Status::SuppressedFewPupils );

  // A figure that is just not published leaves the area without a figure.
  DpkAreaAggregator missing( shareIndicator(), PERIOD );
  missing.addSchool( QStringLiteral( "A" ), school( "10000001", ".", ".." ) );
  EXPECT_EQ( missing.figure( QStringLiteral( "A" ) ).value.status(), DpkValue::Status::Missing );
}

#include "dpkcsvsplitter.h"

#include <gtest/gtest.h>

TEST( DpkCsvSplitter, SplitsRowsAndCellsWithTheirLineNumbers )
{
  const DpkExportTable table = DpkCsvSplitter::split( QStringLiteral( "a;b;c\n\n1;2;3\n" ) );
  ASSERT_EQ( table.rows.size(), 3 );
  EXPECT_EQ( table.rows.at( 0 ).cells, QStringList( { "a", "b", "c" } ) );
  EXPECT_TRUE( table.rows.at( 1 ).isBlank() );
  EXPECT_EQ( table.rows.at( 2 ).line, 3 );
  EXPECT_EQ( table.rows.at( 2 ).cells, QStringList( { "1", "2", "3" } ) );
  EXPECT_TRUE( table.rows.at( 2 ).complete );
}

TEST( DpkCsvSplitter, KeepsSeparatorsLineBreaksAndQuotesInsideQuotedCells )
{
  const DpkExportTable table = DpkCsvSplitter::split(
      QStringLiteral( "\"Skolan; Norra\";\"rad ett\nrad två\";\"sa \"\"hej\"\"\"\nnästa;x;y\n" ) );
  ASSERT_EQ( table.rows.size(), 2 );
  EXPECT_EQ( table.rows.at( 0 ).cells,
             QStringList( { "Skolan; Norra", "rad ett\nrad två", "sa \"hej\"" } ) );
  EXPECT_EQ( table.rows.at( 0 ).line, 1 );
  EXPECT_EQ( table.rows.at( 0 ).lastLine, 2 );
  EXPECT_EQ( table.rows.at( 1 ).line, 3 );
}

TEST( DpkCsvSplitter, TreatsAQuoteInsideAnUnquotedCellAsText )
{
  const DpkExportTable table =
      DpkCsvSplitter::split( QStringLiteral( "visas som \"~100;x\nnästa;y\n" ) );
  ASSERT_EQ( table.rows.size(), 2 );
  EXPECT_EQ( table.rows.at( 0 ).cells, QStringList( { "visas som \"~100", "x" } ) );
}

TEST( DpkCsvSplitter, ReadsWindowsAndOldMacLineBreaks )
{
  const DpkExportTable table = DpkCsvSplitter::split( QStringLiteral( "a;b\r\nc;d\re;f\r\n" ) );
  ASSERT_EQ( table.rows.size(), 3 );
  EXPECT_EQ( table.rows.at( 1 ).cells, QStringList( { "c", "d" } ) );
  EXPECT_EQ( table.rows.at( 2 ).line, 3 );
  EXPECT_TRUE( table.rows.at( 2 ).complete );
}

TEST( DpkCsvSplitter, MarksALastRowWithoutLineBreakAsIncomplete )
{
  const DpkExportTable table = DpkCsvSplitter::split( QStringLiteral( "a;b\nc;d" ) );
  ASSERT_EQ( table.rows.size(), 2 );
  EXPECT_TRUE( table.rows.at( 0 ).complete );
  EXPECT_FALSE( table.rows.at( 1 ).complete );
}

TEST( DpkCsvSplitter, MarksAnUnclosedQuoteAtTheEndAsIncomplete )
{
  const DpkExportTable table = DpkCsvSplitter::split( QStringLiteral( "a;\"b\nc\n" ) );
  ASSERT_EQ( table.rows.size(), 1 );
  EXPECT_FALSE( table.rows.at( 0 ).complete );
  EXPECT_EQ( table.rows.at( 0 ).lastLine, 3 );
}

TEST( DpkCsvSplitter, ReturnsNoRowsForEmptyText )
{
  EXPECT_TRUE( DpkCsvSplitter::split( QString() ).rows.isEmpty() );
}

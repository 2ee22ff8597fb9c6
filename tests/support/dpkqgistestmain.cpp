// The main() of the test programs that need a running QGIS.

#include "dpkheadlessqgis.h"

#include <gtest/gtest.h>

int main( int argc, char **argv )
{
  ::testing::InitGoogleTest( &argc, argv );
  DpkHeadlessQgis qgis( argc, argv, DpkHeadlessQgis::Profile::Throwaway );
  return RUN_ALL_TESTS();
}

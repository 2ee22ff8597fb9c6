#ifndef DPKINDICATORSCOMMAND_H
#define DPKINDICATORSCOMMAND_H

#include "dpkcommand.h"
#include "dpkindicatorcatalogue.h"

#include <QCoreApplication>

/**
 * \brief datapakarta indicators: prints the indicator catalogue, as a table or as the JSON of a
 * catalogue file, so users can see which ids a run configuration may name.
 */
class DpkIndicatorsCommand : public DpkCommand
{
  Q_DECLARE_TR_FUNCTIONS( DpkIndicatorsCommand )

public:
  using DpkCommand::DpkCommand;

  int run( const QStringList &arguments ) override;

private:
  void printTable( const DpkIndicatorCatalogue &catalogue );
};

#endif // DPKINDICATORSCOMMAND_H

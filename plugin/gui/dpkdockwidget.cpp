#include "dpkdockwidget.h"

#include "dpkmetadata.h"
#include "dpkvalue.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

const QString DpkDockWidget::OBJECT_NAME = QStringLiteral( "DataPaKartaDock" );

DpkDockWidget::DpkDockWidget( QWidget *parent ) : QgsDockWidget( tr( "Data på karta" ), parent )
{
  setObjectName( OBJECT_NAME );

  auto *content = new QWidget( this );
  auto *layout = new QVBoxLayout( content );

  auto *intro = new QLabel(
      tr( "Maps of school results from Skolverket's statistics, by school and by area." ),
      content );
  intro->setObjectName( QStringLiteral( "DataPaKartaIntro" ) );
  intro->setWordWrap( true );
  layout->addWidget( intro );

  auto *marksTitle = new QLabel( tr( "Skolverket's marks" ), content );
  marksTitle->setObjectName( QStringLiteral( "DataPaKartaMarksTitle" ) );
  layout->addWidget( marksTitle );

  mMarksView = new QTreeWidget( content );
  mMarksView->setObjectName( QStringLiteral( "DataPaKartaMarks" ) );
  mMarksView->setRootIsDecorated( false );
  mMarksView->setHeaderLabels( { tr( "Mark" ), tr( "Meaning" ) } );
  mMarksView->header()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
  populateMarks();
  layout->addWidget( mMarksView, 1 );

  auto *privacy = new QLabel( tr( "No figure based on fewer pupils than an indicator's minimum "
                                  "group is ever shown, in any layer, label, table or print." ),
                              content );
  privacy->setObjectName( QStringLiteral( "DataPaKartaPrivacy" ) );
  privacy->setWordWrap( true );
  layout->addWidget( privacy );

  auto *version =
      new QLabel( tr( "Version %1" ).arg( QStringLiteral( DPK_PLUGIN_VERSION ) ), content );
  version->setEnabled( false );
  layout->addWidget( version );

  setWidget( content );
}

void DpkDockWidget::populateMarks()
{
  for ( const DpkValue::Status status : DpkValue::allStatuses() )
  {
    const QString mark = DpkValue::statusMark( status );
    if ( mark.isEmpty() )
      continue;
    auto *item = new QTreeWidgetItem( mMarksView );
    item->setText( 0, mark );
    item->setText( 1, DpkValue::statusDescription( status ) );
  }
  auto *approximate = new QTreeWidgetItem( mMarksView );
  approximate->setText( 0, QStringLiteral( "cirka N" ) );
  approximate->setText( 1, DpkValue::statusDescription( DpkValue::Status::Approximate ) );
}

import type { QUESTION_SET_V2 } from '@/domain/questions.v2'
import type { QuestionSetWords } from '../questionWords'

// The words of question set 2 (src/domain/questions.v2.ts), keyed by id: the
// question, its five levels (level 1 first), the advice for each step up (1→2, 2→3, 3→4,
// 4→5), and the essay’s passage it rests on, verbatim.
//
// Released content: once a version is out, links depend on its question order, and answers
// to it on the words below. Change a word only where the meaning of every level stays the
// same; anything else is a new version (see src/domain/questionSets.ts).

export const questionsV2 = {
  'culture-margin': {
    text: 'How well does the company know what each device earns once the retail chain has taken its share?',
    levels: [
      'Only the list price and the factory cost are known; what the retail chain keeps per device is not worked out.',
      'Finance can work out a model’s margin after the retail chain’s share, but only when someone asks for it.',
      'The margin after the retail chain’s share is worked out the same way for every model and reported each quarter.',
      'That margin is tracked every month per model and channel, and prices or dealer terms change when it slips.',
      'Each model’s margin is reviewed next to the service subscriptions it brings in, in the same plan.',
    ],
    advice: [
      'Ask finance to work out, for your best-selling model, what stays with you after the dealer discount, year-end rebates, marketing contributions and returns, and show it at the next product meeting.',
      'Have finance agree one calculation of the margin after the retail chain’s share and add it, for every model, to the quarterly report.',
      'Report that margin monthly per model and channel, and agree with sales who changes prices or dealer terms when it falls below a set floor.',
      'Put the subscriptions each model brings in beside its margin in the monthly review, so a thin-margin model that sells the service is seen as such.',
    ],
    quote: 'While the first lives off high enough margins in the retail chain …',
  },
  'culture-durable': {
    text: 'How does the company make sure the device lasts as long as customers expect?',
    levels: [
      'Nobody has said how long the device should last; failures in the field are handled case by case.',
      'Experienced engineers hold their own durability standards, but nothing is written down or tested against them.',
      'A written lifetime for each device is tested before release, for example in endurance and temperature tests.',
      'Field failures and warranty returns are counted against the written lifetime, and their causes change the next design.',
      'Devices report wear in the field, and the service warns owners before a part is due to fail.',
    ],
    advice: [
      'Ask each design engineer what lifetime they design the current devices for, and compare their answers in one meeting.',
      'Turn the engineers’ standards into a written lifetime per device, and add a test against it to the release checklist.',
      'Have quality count warranty returns and field failures per model every month against the written lifetime, and review the causes with design.',
      'Have engineering pick the two parts that fail most and make devices report their wear: by firmware update where they already count hours or cycles, otherwise in the next design. Have the service warn owners before they fail.',
    ],
    quote: 'To put it boldly, what a customer expects from a product: something solid.',
  },
  'culture-anytime': {
    text: 'Who answers when the connected service fails at 2 a.m.?',
    levels: [
      'Nobody; customers find night-time failures and they are handled on the next working day.',
      'A few committed people pick up the phone at night when they happen to notice.',
      'A defined on-call rota covers nights and weekends, with a written path for escalation.',
      'Outages and night call-outs are logged and reviewed every month, and the rota changes where cover fell short.',
      'Round-the-clock cover is planned into every device launch, with staff and budget set aside for it.',
    ],
    advice: [
      'Set up an alarm that fires when the service goes down, and list the failures that cannot wait until morning. Agree with HR (and any works council) who is called at night for a trial month, and how call-outs are paid.',
      'Turn the people who answer at night into a paid on-call rota for nights and weekends, with a written path for escalation to engineering.',
      'Log every night and weekend call-out, review the log monthly with the people on the rota, and change the cover where customers waited.',
      'Make night cover a line in every device launch plan, with its staff and budget signed off before the launch date.',
    ],
    quote:
      'And what a customer expects from a service: something that is available anytime. (Like, literally, in the middle of the night!)',
  },
  'culture-satisfaction': {
    text: 'How does the company find out whether customers are satisfied with the connected service?',
    levels: [
      'It does not ask; silence from customers is taken to mean that they are satisfied.',
      'Complaints that reach support or dealers are passed on now and then, but nobody counts them.',
      'A defined satisfaction question is asked of service customers at set points, and the results are reported.',
      'Satisfaction is measured every month, and a fall leads to named actions with an owner and a date.',
      'Device and service satisfaction are reported side by side in the meeting that sets both plans.',
    ],
    advice: [
      'Have support write every complaint about the service into one shared list for a month, then read it with the service team.',
      'Agree one short satisfaction question, such as how likely customers are to recommend the service, and ask it a month after sign-up and once a year.',
      'Report satisfaction monthly, set a target with the service owner, and give every fall an owner and a date for the fix.',
      'Report device and service satisfaction side by side in the meeting that sets the device and service plans.',
    ],
    quote:
      'While the first lives off high enough margins in the retail chain, the later lives off customer satisfaction, with basically very thin margins.',
  },
  'culture-capacity': {
    text: 'How does the service make sure enough people and system capacity are ready before customers need them?',
    levels: [
      'Capacity is added only after queues, slowdowns or outages have already hit customers.',
      'Team leads move people and add servers by feel when they sense a busy period coming.',
      'Capacity is planned from the number of subscribers and the known peaks, such as the first cold weekend.',
      'Support workload and system load are compared with the plan every week, and capacity is added before peaks arrive.',
      'Service capacity is planned from the same sales forecast and launch dates as device production.',
    ],
    advice: [
      'After the next queue or outage, ask the service lead to write down what ran short, when, and which warning signs came first.',
      'Write a capacity plan for the coming season: support staff and system capacity per thousand subscribers, with the known peaks marked.',
      'Compare support workload and system load with the plan every week, and agree the level at which extra capacity is added.',
      'Take the service’s capacity plan from the device sales forecast and launch calendar, and review both in one planning meeting.',
    ],
    quote:
      'While Things are sold physically and can be produced on stock, a service cannot be hold until the customer asks for it.',
  },
  'methods-supply': {
    text: 'How are stock and supply chain for the physical product planned?',
    levels: [
      'Parts and stock are ordered when someone notices a shortage on the shop floor.',
      'Experienced planners forecast demand in their own spreadsheets, each in their own way.',
      'A defined planning process sets stock levels and takes supplier lead times into account.',
      'Stock turns, lead times and shortages are measured, and plans are adjusted on those figures.',
      'One supply plan covers the device, its connected parts and the service rollout together.',
    ],
    advice: [
      'Ask one planner to forecast next quarter’s demand for the main devices and order parts from that forecast, not from shortages.',
      'Start a monthly sales and operations planning meeting that sets one stock level per device from retailers’ sell-through (or your shipments to them, where they do not share it) and the lead time of every critical supplier.',
      'Report stock turns, supplier lead times and shortages monthly, and change stock levels when the figures move.',
      'Plan connected parts, such as radio modules and SIM contracts, and the service rollout in the same supply plan as the device.',
    ],
    quote: 'Things require a stock and supply chain.',
  },
  'methods-development': {
    text: 'How is the development of a new device planned?',
    levels: [
      'Each project sets its own dates, and tooling, certification or supplier lead times take the team by surprise.',
      'Experienced engineers plan tooling and certification from memory of earlier projects, each in their own way.',
      'A defined development plan with phases covers tooling, certification and supplier lead times for every device.',
      'Planned and actual dates are compared at each phase, and the causes of delays are fixed for the next project.',
      'Each device plan fixes early what the service must offer at launch and what can follow in updates.',
    ],
    advice: [
      'For the next device, ask the project lead to list tooling, certification and supplier lead times before any date is promised.',
      'Write one development plan template with phases and the usual lead times, and use it for every new device.',
      'Record planned and actual dates at every phase, and review the three largest delays with the team after each project.',
      'Agree at the start of each device project what the service must offer on launch day and what can follow in updates.',
    ],
    quote: 'The product will have development cycles that are much longer …',
  },
  'methods-response': {
    text: 'How quickly does someone respond when a customer reports a problem with the service?',
    levels: [
      'Nobody keeps track; replies go out whenever someone in the team finds the time.',
      'Support staff try to answer quickly, but there is no agreed target for how quickly.',
      'Response time targets are written down and every person in the support team knows them.',
      'Response times are measured against the target every week, and every miss is followed up.',
      'One entry point and one response target cover every report, whether the device or the service is at fault.',
    ],
    advice: [
      'Ask support to log, for one month, when each customer report arrives and when someone first replies.',
      'Write down a target time to first response for each kind of report, agree it with the support team, and post it where they work.',
      'Report response times against the targets every week, and have the support lead follow up every miss with its cause.',
      'Route device and service reports through one support entry point with one response target, and tell dealers and customers about it.',
    ],
    quote: 'A service requires time to response and time to resolution.',
  },
  'methods-resolution': {
    text: 'How is the time it takes to fix a reported service problem managed?',
    levels: [
      'Problems stay open until someone happens to solve them; nobody knows how long that takes.',
      'Urgent cases are chased by individuals, while everything else waits in the queue.',
      'Resolution targets exist for each type of problem, and every ticket is tracked until it is closed.',
      'Time to resolution is reported monthly against target, and late tickets are reviewed for their cause.',
      'Recurring problems go into the device and service release plans, each with a target release date.',
    ],
    advice: [
      'Have the support lead list every open service problem with the date it was reported, and read the oldest ten with the team each week.',
      'Set a target time to resolution for each type of problem, and track every ticket against it until it is closed.',
      'Report time to resolution monthly against the targets, and review every late ticket for its cause with the team.',
      'Put the problems that keep coming back into the device and service release plans, each with a target release date.',
    ],
    quote: 'A service requires time to response and time to resolution.',
  },
  'methods-fit': {
    text: 'How are changes and failures of the connected service handled, compared with the hardware’s phase plan?',
    levels: [
      'The service runs through the same phased plan as the hardware, or through no method at all.',
      'Service teams work around the hardware process informally to keep the service running.',
      'Product development and service operation each have a defined method that suits its own work.',
      'How often service changes wait for a hardware phase review is tracked, and the causes of each wait are removed.',
      'The two methods are tuned together, with agreed hand-overs where the device and the service meet.',
    ],
    advice: [
      'Have the head of development agree that, for three months, the service team releases fixes and handles incidents outside the hardware’s phase reviews.',
      'Write the service’s own method down in a page or two: how changes are released, how incidents are handled, and who decides.',
      'Count every month how many service changes waited for a hardware phase review, and remove the cause of each wait.',
      'Agree the hand-overs between the two methods, such as firmware releases and device-side fixes, with an owner for each.',
    ],
    quote: 'And so do physical projects require different management methods than services do.',
  },
  'transformation-sell': {
    text: 'When customers buy the connected product, what are they told they are paying for?',
    levels: [
      'The connection itself: the app, the Wi-Fi or the “smart” label is the headline of the sales message.',
      'Some sales staff explain what the connection does for the customer, each in their own words.',
      'One written sales message, used by every seller, leads with what the device does, not with the app.',
      'Buyers are asked why they chose the product, and that written message is revised on their answers.',
      'Device and service are explained as one offer, in the same words, by every channel and every support contact.',
    ],
    advice: [
      'Ask your three best sales people what they tell buyers the connection does for them, and share their answers with marketing.',
      'Have marketing write one sales message that leads with what the device does for the customer, and put it on the packaging, the point-of-sale material, the product page and in dealer training.',
      'Ask every new buyer, at registration or in a first survey, why they chose the product, and revise the message each quarter.',
      'Give dealers, the web shop and support one description of device and service together, and check each channel against it.',
    ],
    quote:
      'Now connectivity has to offer many benefits over traditional products, but they’re not the primary value proposition the customer pays for. The customer still pays for the product.',
  },
  'transformation-payment': {
    text: 'How was it decided how customers pay for the connected service?',
    levels: [
      'Nobody decided; the service runs, and its cost lands somewhere without anyone having chosen that.',
      'Sales or country managers decide deal by deal whether the service is charged for or given away.',
      'A written choice says how the service is paid for: a subscription, included in the device price, or per use.',
      'The choice is checked each year against uptake, cost to serve and satisfaction, and changed when the figures say so.',
      'Device price and service payment are set in one decision, from one forecast of revenue and cost to serve over the device’s life.',
    ],
    advice: [
      'Ask finance to find where the service’s costs land today and who pays for them, and show it to the product and service heads.',
      'Have the product and service heads choose in writing how the service is paid for and why; including it in the device price is a valid choice.',
      'Review the choice once a year on uptake, cost to serve and satisfaction, with a named owner who may propose a change.',
      'Set the device price and the service payment in the same pricing decision, from one forecast of revenue and cost to serve over the device’s life.',
    ],
    quote: 'I would spend a premium for somebody to do the work. To add the service. Probably not much, but hey.',
  },
  'transformation-convenience': {
    text: 'Which chores around the product does the connected service take off the customer?',
    levels: [
      'None; the app shows what the device is doing, but the customer still does all the work.',
      'Individual staff have ideas for taking over chores, such as reordering fuel, but none is offered.',
      'The chores around the product are listed, and the service has taken over the one customers name most.',
      'How many customers use each convenience, and what they would pay for it, is measured and decides what comes next.',
      'New devices are designed so that the service can take over more of the customer’s chores.',
    ],
    advice: [
      'Ask five customers what they still do by hand around the product, like fetching and carrying the wood, and write it down.',
      'Pick the chore customers mention most, and offer a service that takes it over to a first group of customers.',
      'Count how many customers use each convenience and ask what they would pay for it, then decide which to grow and which to drop.',
      'Bring the list of chores into device planning, so the next model makes it easier for the service to take them over.',
    ],
    quote:
      'Value through a service is created by making something more convenient. … I would spend a premium for somebody to do the work.',
  },
  'transformation-competitor': {
    text: 'What does the company do about competitors who sell the convenience around a product like yours?',
    levels: [
      'Nothing; only makers of comparable devices are seen as competitors.',
      'Sales people mention service offers from other companies now and then, but nobody follows them up.',
      'Convenience offers from others, including firms that make no devices, are listed and reviewed twice a year.',
      'Customers lost to a more convenient offer are counted, and each pattern of losses leads to a decision on the offer.',
      'Device and service are planned against competitors’ whole offers, not against their devices alone.',
    ],
    advice: [
      'Ask sales and dealers to name companies that sell the chores around your product, such as delivery, refills or maintenance.',
      'Have marketing keep a list of such convenience offers, including firms with no device of their own, and review it twice a year.',
      'Ask customers who leave or do not renew what they use instead, count the answers, and decide what to do about each pattern.',
      'Compare your device and service together with each competitor’s whole offer in every product plan review.',
    ],
    quote:
      'However, if some other guy selling wood sells cut wood and carries it to my house for a fee, I’d probably appreciate that more convenient offer.',
  },
  'transformation-dealers': {
    text: 'What part do dealers and retailers play in selling the connected service?',
    levels: [
      'None; dealers sell the device, and the service is not their concern.',
      'Some dealers mention the app and the service to buyers on their own initiative.',
      'Each dealer’s part in selling the service is agreed in writing, with material to show buyers.',
      'The subscriptions each dealer brings in are counted and rewarded, and the dealers who bring in few are coached.',
      'Dealers earn a share of each subscription for as long as it runs, written into their terms.',
    ],
    advice: [
      'Give your largest dealers a one-page description of the service and ask them to mention it at every sale for a month.',
      'Agree in the dealer terms what each dealer does to sell the service, and give them material to show buyers.',
      'Count the subscriptions each dealer brings in every month, reward the dealers who bring in most, and visit those who bring in fewest.',
      'Write into the dealer terms a share of each subscription a dealer brings in, paid for as long as it runs.',
    ],
    quote:
      'Putting a chip in it is not the single answer to achieve Digital Transformation. It requires to combine product and services business …',
  },
  'decision-sponsor': {
    text: 'Who took the decision that the company runs a connected service?',
    levels: [
      'Nobody decided; the service exists because a development project once added it.',
      'A middle manager champions it, without any authority over budgets or other departments.',
      'Someone senior enough to move budgets across departments took the decision and is named as accountable.',
      'The decision is written down with goals and dates, and progress is reported to that person every quarter.',
      'Each department’s yearly plan names its part in the decision, and the sponsor reviews those parts together.',
    ],
    advice: [
      'Find the manager who cares most about the service and ask them to write a one-page case for running it on purpose.',
      'Take that case to someone senior enough to move budgets across departments, and ask them to decide and be named as accountable.',
      'Ask the sponsor to write the decision down with goals and dates, and to hear a progress report every quarter.',
      'Have each department head write their part of the decision into their own plan, and have the sponsor review the parts together once a year.',
    ],
    quote: 'Somebody high enough will have to take a decision and carry it until Digital Transformation happens.',
  },
  'decision-staying-power': {
    text: 'What happens to the connected service when budgets get tight?',
    levels: [
      'It is the first thing to be cut, before anything in the hardware budget.',
      'It survives only when somebody argues hard for it in the budget round.',
      'Its budget is protected by a written commitment that spans several years.',
      'That commitment is reviewed each year on agreed service measures, such as uptake and satisfaction, not only on profit.',
      'Cutting the service needs the same sign-off as stopping a device model, because customers bought both.',
    ],
    advice: [
      'Before the next budget round, have the service’s owner write down what customers would lose if it were cut, and give it to whoever sets the budget.',
      'Ask the sponsor to secure a budget commitment for the service that spans at least three years, written into the plan.',
      'Agree with the sponsor the measures the commitment is reviewed on each year (uptake, satisfaction and cost to serve as well as profit), and report them every quarter.',
      'Ask the sponsor to write into the budget rules that a cut to the service needs the same sign-off as stopping a device model.',
    ],
    quote: 'Somebody high enough will have to take a decision and carry it until Digital Transformation happens.',
  },
  'decision-finance': {
    text: 'What financial return does leadership expect from the connected service?',
    levels: [
      'The same margin as the hardware, or the service gets cut at the next review.',
      'Thin service margins are tolerated quietly, case by case, without anyone saying so.',
      'Separate financial expectations for the service are written into the business plan.',
      'Service finances are tracked against those expectations, and the plan is revised openly.',
      'Leadership plans device and service finances as one, accepting thin service margins for the whole offer.',
    ],
    advice: [
      'Ask the finance lead to show the service’s margin beside the device’s at the next review, and agree not to cut the service on that figure alone.',
      'Write separate financial expectations for the service into the business plan: its margin, its uptake and the year it should break even.',
      'Track the service’s finances against those expectations every quarter, and revise the plan in the open when they differ.',
      'Plan device and service finances as one, with a target for the whole offer that accepts a thin service margin.',
    ],
    quote:
      'It requires a component that contradicts traditional management behavior as well as financial expectations.',
  },
  'decision-service-goals': {
    text: 'What are the people responsible for the service measured on?',
    levels: [
      'On financial targets only, in the same way as their product colleagues.',
      'Mainly on financial targets, with customer feedback mentioned informally in reviews.',
      'Customer satisfaction is a written objective for everyone responsible for the service.',
      'Customer satisfaction is measured regularly and weighs most in their performance reviews.',
      'Their satisfaction goals are set in the same planning round as the product team’s margin goals, and reviewed beside them.',
    ],
    advice: [
      'In the next performance reviews of the service team, ask each person what customers said about the service, and note it.',
      'Write customer satisfaction, with the measure named, into the objectives of everyone responsible for the service.',
      'Measure satisfaction monthly, with a survey the team does not send itself; make it the largest part of the service team’s reviews, and cost to serve the second.',
      'Set the service team’s satisfaction goals and the product team’s margin goals in the same planning round, and review them side by side.',
    ],
    quote:
      'People responsible for the service in that organisation can’t be measured on financial goals as their product colleagues, but customer satisfaction.',
  },
  'decision-product-measures': {
    text: 'What are the people responsible for the device measured on?',
    levels: [
      'On units shipped and revenue only; nobody is held to what each device earns.',
      'Margin comes up in their reviews, but nobody has a written margin target.',
      'Each product manager has a written margin target per device, after the retail chain’s share.',
      'Margin against target is the largest part of their performance reviews and bonus.',
      'Their margin targets follow a written rule on which connected-part costs the device carries and which the service carries.',
    ],
    advice: [
      'In the next review of each product manager, look at the margin of their devices beside the units shipped.',
      'Give each product manager a written margin target per device, after the retail chain’s share, for the coming year.',
      'Make margin against target the largest part of product managers’ performance reviews and bonus.',
      'Have finance and the service owner write down which connected-part costs, such as radio modules and data contracts, sit in the device margin and which in the service budget.',
    ],
    quote:
      'People responsible for the service in that organisation can’t be measured on financial goals as their product colleagues …',
  },
  'integration-ownership': {
    text: 'Who manages the connected product as a whole, the device and the service together?',
    levels: [
      'Nobody; the hardware and the service are managed in separate parts of the company.',
      'Product managers coordinate with the service team informally, when problems come up.',
      'One product manager is responsible for device and service, in a role that is written down.',
      'That role’s decisions are judged on results across the device and the service together.',
      'One product management runs the whole offer and may trade off between device and service.',
    ],
    advice: [
      'Set up a monthly meeting of the device’s product manager and the service lead, with one shared list of open issues.',
      'Name one product manager responsible for device and service together, and write the role and its decisions down.',
      'Judge that role on the results of device and service together: margin, uptake and satisfaction in one review.',
      'Give that product management a budget it may move between device and service, for example a cheaper part that pays for better support.',
    ],
    quote: 'A digitise product needs to be managed with services and the tangible parts in mind.',
  },
  'integration-cycles': {
    text: 'How are the long hardware cycle and the fast service cycle planned together?',
    levels: [
      'They are planned separately, and each side learns about the other’s plans late.',
      'Teams share their schedules with each other when somebody asks for them.',
      'A joint roadmap shows the hardware releases and the service releases side by side.',
      'Dependencies between the two roadmaps are tracked, and delays are acted on early.',
      'Hardware is designed so that the service can keep evolving for years after the device ships.',
    ],
    advice: [
      'Ask the device and service leads to send each other their release dates for the next year, and meet once to read them together.',
      'Put device releases and service releases on one roadmap that both teams keep up to date.',
      'Mark every place where a service release needs a device change, or the reverse, and review those links monthly.',
      'Write into each new device’s requirements what the service will need from it over its life, such as memory and a safe update path.',
    ],
    quote:
      'The product will have development cycles that are much longer … while at the same time the service attached to the product needs to work to the customers expectations and evolve much different.',
  },
  'integration-parts': {
    text: 'How does the supply chain plan for the connected parts for as long as the service is promised?',
    levels: [
      'Connected parts are bought like any other component, with no thought for how long the service is promised.',
      'Buyers check with engineers about spare connectivity parts when somebody asks them to.',
      'Supply and spares of connected parts are planned for the years of service promised to customers.',
      'Supply of connected parts is monitored against service needs, and risks are raised early.',
      'Designs let the radio module be swapped, so that a part’s end of life does not end the service.',
    ],
    advice: [
      'Ask purchasing and engineering to list the connected parts: radio modules, SIM contracts, security certificates in the device. Note when each may stop working: end of production, 2G/3G switch-off, certificate expiry.',
      'Plan supply and spares of the connected parts for the years of service promised to customers.',
      'Review end-of-life notices, network switch-off dates, certificate expiry dates and the stock of connected parts every quarter against service needs, and raise risks early.',
      'Ask engineering to make the radio module replaceable in the next design, and test the swap before launch.',
    ],
    quote: 'The product will have development cycles that are much longer and the supply chain needs to be managed …',
  },
  'integration-production': {
    text: 'How does the factory check that each connected device works with the service before it ships?',
    levels: [
      'The connection is not tested in the factory; faults first show up in the customer’s home.',
      'Line staff test the connection on some units, each in their own way.',
      'A written end-of-line test checks the connection, software version and registration with the service on every unit.',
      'Test failures and early connection faults are counted per batch, and their causes are fixed on the line.',
      'Each unit’s serial number, software version and test result reach the service at shipping, so support sees what left the line.',
    ],
    advice: [
      'Ask the line supervisor to test the connection on one unit per shift and note every failure.',
      'Have quality write an end-of-line test of connection, software version and registration, and run it on every unit.',
      'Count test failures and early connection faults per batch every month, and give the most frequent cause an owner on the line.',
      'Send each unit’s serial number, software version and test result to the service’s records when it ships.',
    ],
    quote: 'While a product is produced, a service is operated.',
  },
  'integration-evolution': {
    text: 'How does the service keep up with what customers expect after the launch?',
    levels: [
      'It stays as it was launched, until something breaks and has to be fixed.',
      'Updates come whenever a developer finds time between other projects.',
      'A defined release plan updates the service and the device software regularly.',
      'Customer feedback and usage figures are measured and decide what changes next.',
      'Every service release is tested against each device generation still in the field before it goes out.',
    ],
    advice: [
      'Collect what customers ask of the service in one list, and ship one small improvement from it this quarter.',
      'Set a regular release plan, for example monthly, for the service and the device software.',
      'Decide what changes next from customer feedback and usage figures, and measure each change after its release.',
      'Test every service release against each device generation still in the field, so that older devices keep working as customers expect.',
    ],
    quote: 'The service attached to the product needs to work to the customers expectations and evolve much different.',
  },
} satisfies QuestionSetWords<typeof QUESTION_SET_V2>
